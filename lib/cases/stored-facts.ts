import type { CaseEventInput, CaseFacts } from "@/lib/deadlines/case-input";
import type { CaseForm, CaseFormInput, CaseKind, Platform } from "./schema";
import { storedTitle } from "./case-title";
import { formatFenPlain } from "./money";
import { instantToWallTime, instantToWallTimeExact, wallTimeToInstant } from "./zoned-time";

// Between the wizard (wall-clock text in the user's zone) and what is stored (instants as
// ISO strings in Case.facts, one Payment row per transfer), and from the stored facts to
// what the deadline engine reads. Pure.

type Iso = string;
export type StoredFacts =
  | { kind: "MISDIRECTED_TRANSFER"; delayedArrivalHours: 2 | 24 | null }
  | { kind: "FRAUD"; discoveredAt: Iso; policeReportedAt: Iso | null; policeReceiptNo: string | null }
  | {
      kind: "MERCHANT_DISPUTE";
      orderNumber: string | null;
      purchase: "GOODS" | "SERVICES";
      goodsReceivedAt: Iso | null;
    }
  | {
      kind: "INSURANCE_CLAIM";
      discoveredAt: Iso;
      policyNumber: string | null;
      claimNumber: string | null;
      theftReportedAt: Iso | null;
    }
  | {
      kind: "JUDICIAL_FREEZE";
      direction: "MY_ACCOUNT_FROZEN" | "FREEZE_OTHER_SIDE";
      court: string | null;
      noticeNumber: string | null;
      noticeReceivedAt: Iso | null;
      freezeExpiresOn: string | null;
    }
  | {
      kind: "ACCOUNT_RESTRICTED";
      restriction: "CANNOT_PAY" | "WITHDRAWAL_FAILING" | "RISK_CONTROL_FREEZE";
      noticedAt: Iso;
      statedReason: string | null;
    };

export interface StoredPayment {
  readonly position: number;
  readonly occurredAt: Date;
  readonly amountFen: bigint;
  readonly transactionId: string | null;
  readonly counterpartyName: string | null;
  readonly counterpartyAccount: string | null;
}

/** The editable content of an open case, as stored: compared field by field for conflicts. */
export interface StoredCase {
  readonly platform: Platform;
  readonly title: string;
  readonly note: string | null;
  readonly facts: StoredFacts;
  readonly payments: readonly StoredPayment[];
  readonly amountFen: bigint;
}

export class WallTimeError extends Error {
  constructor(readonly field: string) {
    super(`${field} is not a time in the user's zone`);
  }
}

function instant(local: string, zone: string, field: string): Iso {
  const at = wallTimeToInstant(local, zone);
  if (!at) throw new WallTimeError(field);
  return at.toISOString();
}
const maybe = (local: string | undefined, zone: string, field: string) => (local ? instant(local, zone, field) : null);

function storeFacts(form: CaseForm): StoredFacts {
  const z = form.timeZone;
  switch (form.kind) {
    case "MISDIRECTED_TRANSFER": {
      const hours = form.facts.delayedArrival;
      return { kind: form.kind, delayedArrivalHours: hours === "NONE" ? null : hours === "2" ? 2 : 24 };
    }
    case "FRAUD":
      return {
        kind: form.kind,
        discoveredAt: instant(form.facts.discoveredAt, z, "facts.discoveredAt"),
        policeReportedAt:
          form.facts.policeReported === "yes" ? maybe(form.facts.policeReportedAt, z, "facts.policeReportedAt") : null,
        policeReceiptNo: form.facts.policeReported === "yes" ? (form.facts.policeReceiptNo ?? null) : null,
      };
    case "MERCHANT_DISPUTE":
      return {
        kind: form.kind,
        orderNumber: form.facts.orderNumber ?? null,
        purchase: form.facts.purchase,
        goodsReceivedAt: maybe(form.facts.goodsReceivedAt, z, "facts.goodsReceivedAt"),
      };
    case "INSURANCE_CLAIM":
      return {
        kind: form.kind,
        discoveredAt: instant(form.facts.discoveredAt, z, "facts.discoveredAt"),
        policyNumber: form.facts.policyNumber ?? null,
        claimNumber: form.facts.claimNumber ?? null,
        theftReportedAt:
          form.facts.theftReported === "yes" ? maybe(form.facts.theftReportedAt, z, "facts.theftReportedAt") : null,
      };
    case "JUDICIAL_FREEZE":
      return {
        kind: form.kind,
        direction: form.facts.direction,
        court: form.facts.court ?? null,
        noticeNumber: form.facts.noticeNumber ?? null,
        noticeReceivedAt: maybe(form.facts.noticeReceivedAt, z, "facts.noticeReceivedAt"),
        freezeExpiresOn: form.facts.freezeExpiresOn ?? null,
      };
    case "ACCOUNT_RESTRICTED":
      return {
        kind: form.kind,
        restriction: form.facts.restriction,
        noticedAt: instant(form.facts.noticedAt, z, "facts.noticedAt"),
        statedReason: form.facts.statedReason ?? null,
      };
  }
}

/** The wizard's validated values → what is stored. Throws WallTimeError for a time the zone cannot hold. */
export function toStoredCase(form: CaseForm): StoredCase {
  const payments = form.payments.map((p, position) => ({
    position,
    occurredAt: new Date(instant(p.occurredAt, form.timeZone, `payments.${position}.occurredAt`)),
    amountFen: p.amount,
    transactionId: p.transactionId ?? null,
    counterpartyName: p.counterpartyName ?? null,
    counterpartyAccount: p.counterpartyAccount ?? null,
  }));
  return {
    platform: form.platform,
    title: storedTitle(form.title),
    note: form.note ?? null,
    facts: storeFacts(form),
    payments,
    amountFen: payments.reduce((sum, p) => sum + p.amountFen, 0n),
  };
}

const wall = (iso: string | null, zone: string) => (iso ? instantToWallTime(new Date(iso), zone) : "");
const yn = (iso: string | null) => (iso ? "yes" : "no");

/** What the edit form starts from: the stored case back as the wizard's text in the user's zone. */
export function toFormValues(kind: CaseKind, stored: StoredCase, zone: string): CaseFormInput {
  const f = stored.facts;
  const facts: Record<string, string> = {};
  if (f.kind === "MISDIRECTED_TRANSFER")
    facts.delayedArrival = f.delayedArrivalHours ? String(f.delayedArrivalHours) : "NONE";
  if (f.kind === "FRAUD") {
    Object.assign(facts, {
      discoveredAt: wall(f.discoveredAt, zone),
      policeReported: yn(f.policeReportedAt),
      policeReportedAt: wall(f.policeReportedAt, zone),
      policeReceiptNo: f.policeReceiptNo ?? "",
    });
  }
  if (f.kind === "MERCHANT_DISPUTE") {
    Object.assign(facts, {
      orderNumber: f.orderNumber ?? "",
      purchase: f.purchase,
      goodsReceivedAt: wall(f.goodsReceivedAt, zone),
    });
  }
  if (f.kind === "INSURANCE_CLAIM") {
    Object.assign(facts, {
      discoveredAt: wall(f.discoveredAt, zone),
      policyNumber: f.policyNumber ?? "",
      claimNumber: f.claimNumber ?? "",
      theftReported: yn(f.theftReportedAt),
      theftReportedAt: wall(f.theftReportedAt, zone),
    });
  }
  if (f.kind === "JUDICIAL_FREEZE") {
    Object.assign(facts, {
      direction: f.direction,
      court: f.court ?? "",
      noticeNumber: f.noticeNumber ?? "",
      noticeReceivedAt: wall(f.noticeReceivedAt, zone),
      freezeExpiresOn: f.freezeExpiresOn ?? "",
    });
  }
  if (f.kind === "ACCOUNT_RESTRICTED") {
    Object.assign(facts, {
      restriction: f.restriction,
      noticedAt: wall(f.noticedAt, zone),
      statedReason: f.statedReason ?? "",
    });
  }
  return {
    kind,
    platform: stored.platform,
    title: stored.title,
    note: stored.note ?? "",
    timeZone: zone,
    payments: stored.payments.map((p) => ({
      occurredAt: instantToWallTimeExact(p.occurredAt, zone),
      amount: formatFenPlain(p.amountFen),
      transactionId: p.transactionId ?? "",
      counterpartyName: p.counterpartyName ?? "",
      counterpartyAccount: p.counterpartyAccount ?? "",
    })),
    facts,
  } as CaseFormInput;
}

/**
 * The events the facts themselves imply (the transfers, the discovery, a report already
 * made): derived on read, so correcting a fact moves its deadlines with it.
 */
export function factEvents(facts: StoredFacts, payments: readonly StoredPayment[]): CaseEventInput[] {
  const events: CaseEventInput[] = payments.map((p) => ({
    type: "TRANSFER_MADE",
    occurredAt: p.occurredAt,
    payload: { source: "payment" },
  }));
  const add = (type: CaseEventInput["type"], iso: string | null) => {
    if (iso) events.push({ type, occurredAt: new Date(iso), payload: { source: "facts" } });
  };
  switch (facts.kind) {
    case "MISDIRECTED_TRANSFER":
      // The sender knows at once that the money went astray: the limitation clock starts with the
      // first transfer, which is the earliest whatever order the form listed them in.
      add("LOSS_KNOWN", earliest(payments)?.toISOString() ?? null);
      break;
    case "FRAUD":
      add("FRAUD_DISCOVERED", facts.discoveredAt);
      add("POLICE_REPORTED", facts.policeReportedAt);
      break;
    case "MERCHANT_DISPUTE":
      add("GOODS_RECEIVED", facts.goodsReceivedAt);
      break;
    case "INSURANCE_CLAIM":
      add("THEFT_DISCOVERED", facts.discoveredAt);
      add("THEFT_REPORTED", facts.theftReportedAt);
      break;
    case "JUDICIAL_FREEZE":
      if (facts.direction === "MY_ACCOUNT_FROZEN") add("FREEZE_NOTICE_RECEIVED", facts.noticeReceivedAt);
      break;
    case "ACCOUNT_RESTRICTED":
      add("RESTRICTION_NOTICED", facts.noticedAt);
      break;
  }
  return events;
}

function earliest(payments: readonly StoredPayment[]): Date | null {
  let first: Date | null = null;
  for (const p of payments) if (!first || p.occurredAt < first) first = p.occurredAt;
  return first;
}

/** What computeDeadlines / computeAdvice read about the case. */
export function engineFacts(facts: StoredFacts, amountFen: bigint): CaseFacts {
  return {
    kind: facts.kind,
    amountFen,
    ...(facts.kind === "MISDIRECTED_TRANSFER" && facts.delayedArrivalHours
      ? { delayedArrivalHours: facts.delayedArrivalHours }
      : {}),
    ...(facts.kind === "JUDICIAL_FREEZE" && facts.freezeExpiresOn ? { freezeExpiresOn: facts.freezeExpiresOn } : {}),
  };
}

/** Names of the fields that differ (the conflict message lists them): "title", "facts.discoveredAt", "payments"… */
export function changedFields(before: StoredCase, after: StoredCase): string[] {
  const changed: string[] = [];
  if (before.platform !== after.platform) changed.push("platform");
  if (before.title !== after.title) changed.push("title");
  if ((before.note ?? "") !== (after.note ?? "")) changed.push("note");
  const bf = before.facts as Record<string, unknown>;
  const af = after.facts as Record<string, unknown>;
  for (const key of new Set([...Object.keys(bf), ...Object.keys(af)])) {
    if (JSON.stringify(bf[key] ?? null) !== JSON.stringify(af[key] ?? null)) changed.push(`facts.${key}`);
  }
  const payments = (list: readonly StoredPayment[]) =>
    JSON.stringify(
      list.map((p) => [
        p.position,
        p.occurredAt.toISOString(),
        p.amountFen.toString(),
        p.transactionId,
        p.counterpartyName,
        p.counterpartyAccount,
      ]),
    );
  if (payments(before.payments) !== payments(after.payments)) changed.push("payments");
  return changed;
}
