import { z } from "zod";
import { plainLine, plainText } from "@/lib/forms/plain-text";
import { canonicalWallTimeText } from "@/lib/forms/wall-time-text";
import { CASE_KINDS } from "@/lib/deadlines/case-input";
import { parseYuanToFen } from "./money";
import { isValidTimeZone } from "./zoned-time";

// The intake wizard's schema: one object per case kind in a discriminated union, shared by
// the form (zodResolver) and the server actions that re-validate. Messages are i18n keys.
// Times stay wall-clock text ("2026-11-29T19:50") in the user's zone here; the commands turn
// them into instants with that zone (lib/cases/stored-facts.ts).

export { CASE_KINDS };
export type { CaseKind } from "@/lib/deadlines/case-input";
export const PLATFORMS = ["WECHAT_PAY", "ALIPAY", "OKPAY", "BANK_CARD", "OTHER"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** ¥100 billion: far above any personal case, well inside bigint and Postgres BIGINT. */
export const MAX_AMOUNT_FEN = 100_000_000_000n * 100n;
export const MAX_PAYMENTS = 50;

// Titles and names refuse NUL, control characters, lone surrogates and invisible-only text
// (PostgreSQL would refuse them with a 500); optional fields and notes refuse the same
// characters but may be left blank.
const required = (max: number) =>
  plainLine().trim().min(1, { error: "errors.required" }).max(max, { error: "errors.tooLong" });
const optional = (max: number) =>
  plainText()
    .trim()
    .max(max, { error: "errors.tooLong" })
    .optional()
    .transform((v) => (v ? v : undefined));

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
function validWallTime(value: string): boolean {
  const m = WALL_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const s = Number(m[6] ?? 0);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    y >= 2000 && y <= 2100 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60
  );
}
/**
 * A wall time as typed ("2026-11-29 19:50", "2026/11/29 1950", full-width digits…) → its
 * canonical value, minutes or seconds ("2026-11-29T19:50", "2026-11-29T19:50:07").
 */
export const wallTime = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, { error: "errors.required" })
  .transform((v) => canonicalWallTimeText(v, "datetime"))
  .refine(validWallTime, { error: "errors.invalidDate" });
const optionalWallTime = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? canonicalWallTimeText(v, "datetime") : undefined))
  .refine((v) => v === undefined || validWallTime(v), { error: "errors.invalidDate" });
const isoDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? canonicalWallTimeText(v, "date") : undefined))
  .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), { error: "errors.invalidDate" });
const yesNo = z.enum(["yes", "no"], { error: "errors.invalidChoice" });

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

/** A "yes" needs its time. */
function whenYes<T extends Record<string, unknown>>(flag: keyof T & string, time: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    if (value[flag] === "yes" && !value[time])
      ctx.addIssue({ code: "custom", path: [time], message: "errors.required" });
  };
}

export const KIND_FACTS = {
  MISDIRECTED_TRANSFER: z.object({
    delayedArrival: z.enum(["NONE", "2", "24"], { error: "errors.invalidChoice" }),
  }),
  FRAUD: z
    .object({
      discoveredAt: wallTime,
      policeReported: yesNo,
      policeReportedAt: optionalWallTime,
      policeReceiptNo: optional(64),
    })
    .superRefine(whenYes("policeReported", "policeReportedAt")),
  MERCHANT_DISPUTE: z
    .object({
      orderNumber: optional(64),
      purchase: z.enum(["GOODS", "SERVICES"], { error: "errors.invalidChoice" }),
      goodsReceivedAt: optionalWallTime,
    })
    .transform((f) => (f.purchase === "SERVICES" ? { ...f, goodsReceivedAt: undefined } : f)),
  INSURANCE_CLAIM: z
    .object({
      discoveredAt: wallTime,
      policyNumber: optional(64),
      claimNumber: optional(64),
      theftReported: yesNo,
      theftReportedAt: optionalWallTime,
    })
    .superRefine(whenYes("theftReported", "theftReportedAt")),
  JUDICIAL_FREEZE: z.object({
    direction: z.enum(["MY_ACCOUNT_FROZEN", "FREEZE_OTHER_SIDE"], { error: "errors.invalidChoice" }),
    court: optional(100),
    noticeNumber: optional(64),
    noticeReceivedAt: optionalWallTime,
    freezeExpiresOn: isoDate,
  }),
  ACCOUNT_RESTRICTED: z.object({
    restriction: z.enum(["CANNOT_PAY", "WITHDRAWAL_FAILING", "RISK_CONTROL_FREEZE"], {
      error: "errors.invalidChoice",
    }),
    noticedAt: wallTime,
    statedReason: optional(500),
  }),
} as const;

const caseBase = {
  platform: z.enum(PLATFORMS, { error: "errors.invalidChoice" }),
  title: required(200),
  note: optional(2000),
  timeZone: z.string().refine(isValidTimeZone, { error: "errors.invalidInput" }),
  payments: z.array(PaymentSchema).min(1, { error: "errors.paymentRequired" }).max(MAX_PAYMENTS, {
    error: "errors.tooMany",
  }),
};

export const CaseFormSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("MISDIRECTED_TRANSFER"), ...caseBase, facts: KIND_FACTS.MISDIRECTED_TRANSFER }),
    z.object({ kind: z.literal("FRAUD"), ...caseBase, facts: KIND_FACTS.FRAUD }),
    z.object({ kind: z.literal("MERCHANT_DISPUTE"), ...caseBase, facts: KIND_FACTS.MERCHANT_DISPUTE }),
    z.object({ kind: z.literal("INSURANCE_CLAIM"), ...caseBase, facts: KIND_FACTS.INSURANCE_CLAIM }),
    z.object({ kind: z.literal("JUDICIAL_FREEZE"), ...caseBase, facts: KIND_FACTS.JUDICIAL_FREEZE }),
    z.object({ kind: z.literal("ACCOUNT_RESTRICTED"), ...caseBase, facts: KIND_FACTS.ACCOUNT_RESTRICTED }),
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
