import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import { KINDS } from "@/lib/kinds";
import { optional, required, wallTime } from "@/lib/kinds/fields";
import { CASE_KINDS } from "@/lib/deadlines/case-input";
import { parseYuanToFen } from "./money";
import { isValidTimeZone } from "./zoned-time";

// The intake wizard's schema: one object per case kind in a discriminated union, shared by
// the form (zodResolver) and the server actions that re-validate. Messages are i18n keys.
// Times stay wall-clock text ("2026-11-29T19:50") in the user's zone here; the commands turn
// them into instants with that zone (lib/cases/stored-facts.ts).

export { CASE_KINDS };
import type { CaseKind } from "@/lib/deadlines/case-input";
export type { CaseKind };
export const PLATFORMS = ["WECHAT_PAY", "ALIPAY", "OKPAY", "BANK_CARD", "OTHER"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** ¥100 billion: far above any personal case, well inside bigint and Postgres BIGINT. */
export const MAX_AMOUNT_FEN = 100_000_000_000n * 100n;
export const MAX_PAYMENTS = 50;

export { wallTime };

/** An amount in yuan as typed (full-width digits and ￥ included) → fen. */
export const yuanAmount = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, { error: "errors.required" })
  .transform((value, ctx) => {
    const fen = parseYuanToFen(value);
    if (fen === null) {
      ctx.addIssue({ code: "custom", message: "errors.invalidAmount" });
      return z.NEVER;
    }
    if (fen === 0n) {
      ctx.addIssue({ code: "custom", message: "errors.amountZero" });
      return z.NEVER;
    }
    if (fen > MAX_AMOUNT_FEN) {
      ctx.addIssue({ code: "custom", message: "errors.amountTooLarge" });
      return z.NEVER;
    }
    return fen;
  });

export const PaymentSchema = z.object({
  occurredAt: wallTime,
  amount: yuanAmount,
  transactionId: optional(64),
  counterpartyName: optional(100),
  counterpartyAccount: optional(100),
});

/** Each kind's facts schema, from its module (lib/kinds). */
export const KIND_FACTS = {
  MISDIRECTED_TRANSFER: KINDS.MISDIRECTED_TRANSFER.facts,
  FRAUD: KINDS.FRAUD.facts,
  MERCHANT_DISPUTE: KINDS.MERCHANT_DISPUTE.facts,
  INSURANCE_CLAIM: KINDS.INSURANCE_CLAIM.facts,
  JUDICIAL_FREEZE: KINDS.JUDICIAL_FREEZE.facts,
  ACCOUNT_RESTRICTED: KINDS.ACCOUNT_RESTRICTED.facts,
} as const;

const caseBase = {
  platform: z.enum(PLATFORMS, { error: "errors.invalidChoice" }),
  title: required(200),
  note: optional(2000),
  timeZone: z.string().refine(isValidTimeZone, { error: "errors.invalidInput" }),
};
const payments = z.array(PaymentSchema).max(MAX_PAYMENTS, { error: "errors.tooMany" });
/** A loss is a payment; a restricted account or a court freeze may have lost nothing (needsPayment). */
const withLoss = { ...caseBase, payments: payments.min(1, { error: "errors.paymentRequired" }) };
const withoutLoss = { ...caseBase, payments };
const base = <K extends CaseKind>(kind: K) => (KINDS[kind].needsPayment ? withLoss : withoutLoss);

export const CaseFormSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("MISDIRECTED_TRANSFER"),
      ...base("MISDIRECTED_TRANSFER"),
      facts: KIND_FACTS.MISDIRECTED_TRANSFER,
    }),
    z.object({ kind: z.literal("FRAUD"), ...base("FRAUD"), facts: KIND_FACTS.FRAUD }),
    z.object({ kind: z.literal("MERCHANT_DISPUTE"), ...base("MERCHANT_DISPUTE"), facts: KIND_FACTS.MERCHANT_DISPUTE }),
    z.object({ kind: z.literal("INSURANCE_CLAIM"), ...base("INSURANCE_CLAIM"), facts: KIND_FACTS.INSURANCE_CLAIM }),
    z.object({ kind: z.literal("JUDICIAL_FREEZE"), ...base("JUDICIAL_FREEZE"), facts: KIND_FACTS.JUDICIAL_FREEZE }),
    z.object({
      kind: z.literal("ACCOUNT_RESTRICTED"),
      ...base("ACCOUNT_RESTRICTED"),
      facts: KIND_FACTS.ACCOUNT_RESTRICTED,
    }),
  ],
  { error: "errors.invalidChoice" },
);

/** What the wizard holds (strings as typed). */
export type CaseFormInput = z.input<typeof CaseFormSchema>;
/** What the commands store (amounts in fen, times still wall-clock text in `timeZone`). */
export type CaseForm = z.output<typeof CaseFormSchema>;

/** The wizard's first step, checked on its own (the union cannot say more until it knows the kind). */
export const FirstStepSchema = z.object({
  kind: z.enum(CASE_KINDS, { error: "errors.invalidChoice" }),
  platform: z.enum(PLATFORMS, { error: "errors.invalidChoice" }),
});

/**
 * A draft is whatever the wizard holds so far: kind and platform chosen, the rest as typed,
 * checked only for shape and size (it starts no clock, so nothing in it has to be complete).
 */
export const DraftSchema = z.object({
  kind: z.enum(CASE_KINDS, { error: "errors.invalidChoice" }),
  platform: z.enum(PLATFORMS, { error: "errors.invalidChoice" }),
  values: z
    .record(z.string(), z.unknown())
    .refine((v) => JSON.stringify(v).length <= 20_000, { error: "errors.tooLong" })
    .refine(onlyStorableText, { error: "errors.invalidCharacters" }),
});

/** PostgreSQL's jsonb refuses NUL and lone surrogates: a draft holding one is a field error, not a 500. */
function onlyStorableText(value: unknown): boolean {
  if (typeof value === "string") return plainText().safeParse(value).success;
  if (Array.isArray(value)) return value.every(onlyStorableText);
  if (value && typeof value === "object") return Object.values(value).every(onlyStorableText);
  return true;
}
export type Draft = z.output<typeof DraftSchema>;
