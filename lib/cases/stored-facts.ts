import type { CaseEventInput, CaseFacts } from "@/lib/deadlines/case-input";
import type { CaseForm, CaseFormInput, CaseKind, Platform } from "./schema";
import { storedTitle } from "./case-title";
import { formatFenPlain } from "./money";
import { instantToWallTimeExact } from "./zoned-time";
import { kindModule, KINDS, type StoredFacts } from "@/lib/kinds";
import { instant, WallTimeError } from "@/lib/kinds/fields";

// Between the wizard (wall-clock text in the user's zone) and what is stored (instants as
// ISO strings in Case.facts, one Payment row per transfer), and from the stored facts to
// what the deadline engine reads. Pure.

export type { StoredFacts };
export { WallTimeError };

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

function storeFacts(form: CaseForm): StoredFacts {
  // Each branch hands the mod its own kind's facts (the union narrows on form.kind).
  switch (form.kind) {
    case "MISDIRECTED_TRANSFER":
      return KINDS.MISDIRECTED_TRANSFER.toStored(form.facts, form.timeZone);
    case "FRAUD":
      return KINDS.FRAUD.toStored(form.facts, form.timeZone);
    case "MERCHANT_DISPUTE":
      return KINDS.MERCHANT_DISPUTE.toStored(form.facts, form.timeZone);
    case "INSURANCE_CLAIM":
      return KINDS.INSURANCE_CLAIM.toStored(form.facts, form.timeZone);
    case "JUDICIAL_FREEZE":
      return KINDS.JUDICIAL_FREEZE.toStored(form.facts, form.timeZone);
    case "ACCOUNT_RESTRICTED":
      return KINDS.ACCOUNT_RESTRICTED.toStored(form.facts, form.timeZone);
    default:
      return unreachable(form);
  }
}

function unreachable(value: never): never {
  throw new RangeError(`Unknown case kind in ${JSON.stringify(value)}`);
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
    // The card's bank means something only for a bank card: a platform changed away drops it.
    facts: form.platform === "BANK_CARD" ? storeFacts(form) : { ...storeFacts(form), bank: null },
    payments,
    amountFen: payments.reduce((sum, p) => sum + p.amountFen, 0n),
  };
}

/** What the edit form starts from: the stored case back as the wizard's text in the user's zone. */
export function toFormValues(kind: CaseKind, stored: StoredCase, zone: string): CaseFormInput {
  const facts = kindModule(kind).toForm(stored.facts, zone);
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
  return [
    ...payments.map((p) => ({
      type: "TRANSFER_MADE" as const,
      occurredAt: p.occurredAt,
      payload: { source: "payment" },
    })),
    ...kindModule(facts.kind).factEvents(facts, payments),
  ];
}

/** What computeDeadlines / computeAdvice read about the case (platform and situations included when known). */
export function engineFacts(facts: StoredFacts, amountFen: bigint, platform?: Platform): CaseFacts {
  const mod = kindModule(facts.kind);
  return {
    kind: facts.kind,
    amountFen,
    ...(platform ? { platform } : {}),
    situations: mod.situations(facts),
    ...mod.engineFacts(facts),
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
