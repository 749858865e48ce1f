import { z } from "zod";
import type { CaseKind } from "@/lib/deadlines/case-input";
import {
  CaseFormSchema,
  type CaseForm,
  type CaseFormInput,
  PLATFORMS,
  type Platform,
  wallTime,
  yuanAmount,
} from "@/lib/cases/schema";
import { generatedTitle } from "@/lib/cases/case-title";
import { wallTimeToInstant } from "@/lib/cases/zoned-time";
import { kindModule } from "@/lib/kinds";
import { bankChoice } from "@/lib/kinds/banks";

// First aid without an account (docs/decisions/0024-first-aid-answers-in-the-url.md): the
// few answers the deadlines need, carried in the URL from the first-aid page through sign-up
// or sign-in to the case they open. Pure: the caller passes `now`.

/** First aid speaks Beijing time; the case it opens is in this zone too (editable later). */
export const FIRST_AID_TIME_ZONE = "Asia/Shanghai";

/** One URL per kind: `/first-aid/fraud`. INSURANCE_CLAIM is what a person calls "my account was stolen". */
export const FIRST_AID_SLUGS = {
  fraud: "FRAUD",
  "account-theft": "INSURANCE_CLAIM",
  "misdirected-transfer": "MISDIRECTED_TRANSFER",
  "merchant-dispute": "MERCHANT_DISPUTE",
  "account-restricted": "ACCOUNT_RESTRICTED",
  "judicial-freeze": "JUDICIAL_FREEZE",
} as const satisfies Record<string, CaseKind>;
export type FirstAidSlug = keyof typeof FIRST_AID_SLUGS;
export const FIRST_AID_SLUG_LIST = Object.keys(FIRST_AID_SLUGS) as FirstAidSlug[];

export function kindOfSlug(slug: string): CaseKind | null {
  return Object.hasOwn(FIRST_AID_SLUGS, slug) ? FIRST_AID_SLUGS[slug as FirstAidSlug] : null;
}
export function slugOfKind(kind: CaseKind): FirstAidSlug {
  return FIRST_AID_SLUG_LIST.find((slug) => FIRST_AID_SLUGS[slug] === kind)!;
}
export function firstAidPath(kind: CaseKind): string {
  return `/first-aid/${slugOfKind(kind)}`;
}

/** Kinds whose money may still be stopped by a phone call in the first hours. */
export function callsFirst(kind: CaseKind): boolean {
  return kind === "FRAUD" || kind === "INSURANCE_CLAIM";
}

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z
    .enum(values, { error: "errors.invalidChoice" })
    .optional()
    .transform((v) => v ?? fallback);

/** Whether first aid asks how much: not for a kind that loses no money (a restricted account). */
export function asksAmount(kind: CaseKind): boolean {
  return kindModule(kind).needsPayment;
}

/**
 * What first aid asks: when, which platform, how much (where money was lost), the card's bank
 * (optional, a bank card only), and for two kinds the one fact their deadlines turn on. The
 * form (a GET form), the sign-up action and the confirmation link all re-validate with this
 * schema.
 */
export const FirstAidSchema = z
  .object({
    kind: z.enum(Object.values(FIRST_AID_SLUGS) as [CaseKind, ...CaseKind[]], { error: "errors.invalidChoice" }),
    platform: z.enum(PLATFORMS, { error: "errors.invalidChoice" }),
    at: wallTime,
    /** Absent where the kind loses no money (asksAmount); required, and above zero, elsewhere. */
    amount: yuanAmount.optional(),
    /** A bank card's bank: its line is the one to call (lib/kinds/banks.ts); ignored for other platforms. */
    bank: bankChoice,
    /** Misdirected transfer: the delayed-arrival option chosen when sending (starts the cancel window). */
    delayed: optionalChoice(["NONE", "2", "24"] as const, "NONE"),
    /** Account restricted: what the person sees. */
    restriction: optionalChoice(["CANNOT_PAY", "WITHDRAWAL_FAILING", "RISK_CONTROL_FREEZE"] as const, "CANNOT_PAY"),
  })
  .superRefine((v, ctx) => {
    if (v.amount === undefined && asksAmount(v.kind))
      ctx.addIssue({ code: "custom", path: ["amount"], message: "errors.required" });
  })
  // What is not asked is not kept: no amount where nothing was lost, no bank but a card's.
  .transform((v) => ({
    ...v,
    amount: asksAmount(v.kind) ? v.amount : undefined,
    bank: v.platform === "BANK_CARD" ? v.bank : undefined,
  }));
export type FirstAidAnswers = z.output<typeof FirstAidSchema>;
export const FIRST_AID_FIELDS = ["platform", "at", "amount", "bank", "delayed", "restriction"] as const;

export type FirstAidParse =
  { ok: true; answers: FirstAidAnswers; query: string } | { ok: false; errors: Record<string, string> };

/** A time more than this far ahead is a typo, not "when it happened". */
const FUTURE_SLACK_MS = 10 * 60_000;

/**
 * Reads the answers from a query (the page's, or the one carried through sign-up). `query`
 * in the result is the canonical form to carry on: only the fields first aid asks.
 */
export function parseFirstAid(kind: CaseKind, params: URLSearchParams, now: Date): FirstAidParse {
  const raw: Record<string, string> = { kind };
  for (const field of FIRST_AID_FIELDS) {
    const value = params.get(field);
    if (value !== null && value !== "") raw[field] = value;
  }
  const parsed = FirstAidSchema.safeParse(raw);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "_form")] ??= issue.message;
    return { ok: false, errors };
  }
  const at = wallTimeToInstant(parsed.data.at, FIRST_AID_TIME_ZONE);
  if (!at) return { ok: false, errors: { at: "errors.invalidDate" } };
  if (at.getTime() > now.getTime() + FUTURE_SLACK_MS) return { ok: false, errors: { at: "errors.futureTime" } };
  return { ok: true, answers: parsed.data, query: firstAidQuery(parsed.data) };
}

/** The answers as a query string, without the kind (the path names it). */
export function firstAidQuery(answers: FirstAidAnswers): string {
  const query = new URLSearchParams({ platform: answers.platform, at: answers.at });
  if (answers.amount !== undefined) query.set("amount", yuan(answers.amount));
  if (answers.bank) query.set("bank", answers.bank);
  if (answers.kind === "MISDIRECTED_TRANSFER") query.set("delayed", answers.delayed);
  if (answers.kind === "ACCOUNT_RESTRICTED") query.set("restriction", answers.restriction);
  return query.toString();
}

/** What is carried through sign-up and the confirmation link: `fraud?platform=…`. */
export function carriedAnswers(answers: FirstAidAnswers): string {
  return `${slugOfKind(answers.kind)}?${firstAidQuery(answers)}`;
}

/** The inverse of carriedAnswers; null for anything else. */
export function readCarriedAnswers(carried: unknown, now: Date): FirstAidAnswers | null {
  if (typeof carried !== "string" || carried.length > 500) return null;
  const [slug = "", query = ""] = carried.split("?", 2);
  const kind = kindOfSlug(slug);
  if (!kind) return null;
  const parsed = parseFirstAid(kind, new URLSearchParams(query), now);
  return parsed.ok ? parsed.answers : null;
}

function yuan(fen: bigint): string {
  const whole = fen / 100n;
  const cents = fen % 100n;
  return cents === 0n ? whole.toString() : `${whole}.${cents.toString().padStart(2, "0")}`;
}

/**
 * The case the answers open: the wizard's own form, so the same schema and the same
 * command (lib/cases openCase) make it. The one time asked stands for both the payment and
 * the kind's starting fact (discovered, noticed, received); the case page can correct either.
 */
export function firstAidCaseInput(answers: FirstAidAnswers): CaseFormInput {
  const base = {
    platform: answers.platform as Platform,
    title: generatedTitle(answers.kind, answers.platform, "zh-CN"),
    timeZone: FIRST_AID_TIME_ZONE,
    payments: answers.amount === undefined ? [] : [{ occurredAt: answers.at, amount: yuan(answers.amount) }],
  };
  const at = answers.at;
  const bank = answers.bank ?? "";
  switch (answers.kind) {
    case "FRAUD":
      return { kind: "FRAUD", ...base, facts: { bank, discoveredAt: at, policeReported: "no" } };
    case "INSURANCE_CLAIM":
      return { kind: "INSURANCE_CLAIM", ...base, facts: { bank, discoveredAt: at, theftReported: "no" } };
    case "MISDIRECTED_TRANSFER":
      return { kind: "MISDIRECTED_TRANSFER", ...base, facts: { bank, delayedArrival: answers.delayed } };
    case "MERCHANT_DISPUTE":
      return { kind: "MERCHANT_DISPUTE", ...base, facts: { bank, purchase: "GOODS", goodsReceivedAt: at } };
    case "ACCOUNT_RESTRICTED":
      return { kind: "ACCOUNT_RESTRICTED", ...base, facts: { bank, restriction: answers.restriction, noticedAt: at } };
    case "JUDICIAL_FREEZE":
      return {
        kind: "JUDICIAL_FREEZE",
        ...base,
        facts: { bank, direction: "MY_ACCOUNT_FROZEN", noticeReceivedAt: at },
      };
  }
}

export function firstAidCaseForm(answers: FirstAidAnswers): CaseForm {
  return CaseFormSchema.parse(firstAidCaseInput(answers));
}

/**
 * Where sign-in sends someone who came from first aid's "保存为案件": back to that first-aid
 * page with its answers (canonical), and only there; null for any other callbackUrl.
 */
export function firstAidReturnPath(callbackUrl: unknown, now: Date): string | null {
  if (typeof callbackUrl !== "string" || !callbackUrl.startsWith("/first-aid/")) return null;
  const answers = readCarriedAnswers(callbackUrl.slice("/first-aid/".length), now);
  return answers ? `${firstAidPath(answers.kind)}?${firstAidQuery(answers)}` : null;
}
