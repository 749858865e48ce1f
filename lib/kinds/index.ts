import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { CaseEventInput, CaseFacts, CaseKind, PaymentPlatform } from "@/lib/deadlines";
import { ACCOUNT_RESTRICTED } from "./account-restricted";
import { FRAUD } from "./fraud";
import { INSURANCE_CLAIM } from "./insurance-claim";
import { JUDICIAL_FREEZE } from "./judicial-freeze";
import { MERCHANT_DISPUTE } from "./merchant-dispute";
import { MISDIRECTED_TRANSFER } from "./misdirected-transfer";
import type { AnyKindModule, KindModule, KindPayment } from "./types";

/**
 * Everything one case kind means, one mod each (docs/decisions/0022-one-mod-per-kind.md).
 * `satisfies` makes a seventh kind a compile error here until its mod exists.
 */
export const KINDS = {
  MISDIRECTED_TRANSFER,
  FRAUD,
  MERCHANT_DISPUTE,
  INSURANCE_CLAIM,
  JUDICIAL_FREEZE,
  ACCOUNT_RESTRICTED,
} satisfies { readonly [K in CaseKind]: KindModule<K, never, never> | AnyKindModule };

export type Kinds = typeof KINDS;
/** The stored facts of one kind, as its mod parses them. */
export type StoredFactsOf<K extends CaseKind> = z.output<Kinds[K]["stored"]>;
export type StoredFacts = { [K in CaseKind]: StoredFactsOf<K> }[CaseKind];
/** The wizard's validated facts of one kind. */
export type FormFactsOf<K extends CaseKind> = z.output<Kinds[K]["facts"]>;

/** The mod of a kind, typed loosely for code that handles every kind alike. */
export function kindModule(kind: CaseKind): AnyKindModule {
  const mod = (KINDS as Record<string, AnyKindModule>)[kind];
  if (!mod) throw new RangeError(`Unknown case kind "${String(kind)}"`);
  return mod;
}

/** A stored row that does not fit its kind's schema: a bug or a bad migration, never the user's doing. */
export class StoredFactsError extends AppError {
  constructor(
    readonly kind: string,
    readonly issues: string,
  ) {
    super("stored_facts_invalid", 500, "common.genericError", {
      detail: `Stored facts do not match the ${kind} schema: ${issues}`,
    });
  }
}

/** Case.facts (JSON) → the kind's stored facts. Throws StoredFactsError on a row that does not fit. */
export function parseStoredFacts(kind: CaseKind, json: unknown): StoredFacts {
  const parsed = kindModule(kind).stored.safeParse(json);
  if (!parsed.success) throw new StoredFactsError(kind, parsed.error.issues.map((i) => i.path.join(".")).join(", "));
  return parsed.data as StoredFacts;
}

export interface CaseRowForEngine {
  readonly kind: string;
  readonly platform: string;
  readonly facts: unknown;
  readonly amountFen: bigint;
  readonly payments: readonly KindPayment[];
}

/**
 * The one place stored facts become engine input: parsed with the kind's schema (never cast),
 * then the engine's facts (kind, platform, situations) and the events the facts imply.
 */
export function engineInputFromRow(row: CaseRowForEngine): {
  stored: StoredFacts;
  facts: CaseFacts;
  factEvents: CaseEventInput[];
} {
  const kind = row.kind as CaseKind;
  const mod = kindModule(kind);
  const stored = parseStoredFacts(kind, row.facts);
  const payments: CaseEventInput[] = row.payments.map((p) => ({
    type: "TRANSFER_MADE",
    occurredAt: p.occurredAt,
    ...(p.createdAt ? { knownAt: p.createdAt } : {}),
    payload: { source: "payment" },
  }));
  return {
    stored,
    facts: {
      kind,
      platform: row.platform as PaymentPlatform,
      amountFen: row.amountFen,
      situations: mod.situations(stored),
      ...mod.engineFacts(stored),
    },
    factEvents: [...payments, ...mod.factEvents(stored, row.payments)],
  };
}

export type { AnyKindModule, GuidanceStep, KindModule, KindPayment, SummaryRow, TelLink } from "./types";
