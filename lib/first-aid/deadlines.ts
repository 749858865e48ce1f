import { caseDeadlines, type CaseDeadlines } from "@/lib/cases/case-deadlines";
import { toStoredCase } from "@/lib/cases/stored-facts";
import { PAYMENT_PLATFORMS, type PaymentPlatform } from "@/lib/deadlines";
import type { CaseKind } from "@/lib/deadlines/case-input";
import type { BankId } from "@/lib/kinds/banks";
import { ANTI_FRAUD, CRIME_KINDS, platformLine, POLICE } from "@/lib/kinds/contacts";
import { caseGuidance, type GuidanceItem, type TelLink } from "@/lib/kinds/guidance";
import { type FirstAidAnswers, firstAidCaseForm } from "./answers";

/**
 * "现在就做" for answers not yet saved: the case they would open, run through the very
 * functions the case page uses (lib/cases caseDeadlines, lib/kinds caseGuidance), so the two
 * cannot disagree. The page already shows the urgent calls above it, so its items leave out
 * the numbers those buttons dial: each number is shown once.
 */
export function firstAidDeadlines(
  answers: FirstAidAnswers,
  now: Date,
): CaseDeadlines & { guidance: readonly GuidanceItem[] } {
  const form = firstAidCaseForm(answers);
  const stored = toStoredCase(form);
  const result = caseDeadlines(
    {
      status: "OPEN",
      kind: form.kind,
      platform: stored.platform,
      amountFen: stored.amountFen,
      facts: stored.facts,
      payments: stored.payments,
      events: [],
    },
    now,
  );
  const guidance = caseGuidance({
    kind: form.kind,
    platform: stored.platform,
    bank: answers.bank ?? null,
    situations: result.situations,
    deadlines: result.deadlines,
    happened: result.happened,
    now,
    active: true,
  });
  const above = new Set(urgentCalls(form.kind, stored.platform, answers.bank).map((c) => c.number));
  return { ...result, guidance: guidance.map((item) => withoutCalls(item, above)) };
}

/**
 * The numbers to call before anything else, for kinds where the first hours decide whether
 * money can still be stopped (the crime kinds): police and the anti-fraud line, then the line
 * that can stop the payment. Before the platform is known, WeChat Pay's and Alipay's; once known,
 * that platform's only (a bank card: its bank's, when named; OKPay: none, its service is in the app).
 */
export function urgentCalls(kind: CaseKind, platform?: string, bank?: BankId | null): TelLink[] {
  if (!CRIME_KINDS.includes(kind)) return [];
  const lines = isPlatform(platform)
    ? [platformLine(platform, bank)]
    : (["WECHAT_PAY", "ALIPAY"] as const).map((p) => platformLine(p));
  return [POLICE, ANTI_FRAUD, ...lines.filter((line) => line !== null)];
}

function withoutCalls(item: GuidanceItem, numbers: ReadonlySet<string>): GuidanceItem {
  if (!("tel" in item) || !item.tel.some((t) => numbers.has(t.number))) return item;
  return { ...item, tel: item.tel.filter((t) => !numbers.has(t.number)) };
}

function isPlatform(value: string | undefined): value is PaymentPlatform {
  return (PAYMENT_PLATFORMS as readonly (string | undefined)[]).includes(value);
}
