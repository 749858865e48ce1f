import { caseDeadlines, type CaseDeadlines } from "@/lib/cases/case-deadlines";
import { toStoredCase } from "@/lib/cases/stored-facts";
import { officialContacts } from "@/lib/deadlines";
import type { CaseKind } from "@/lib/deadlines/case-input";
import { ANTI_FRAUD, CRIME_KINDS, POLICE } from "@/lib/kinds/contacts";
import { caseGuidance, type GuidanceItem, type TelLink } from "@/lib/kinds/guidance";
import { type FirstAidAnswers, firstAidCaseForm } from "./answers";

/**
 * "现在就做" for answers not yet saved: the case they would open, run through the very
 * functions the case page uses (lib/cases caseDeadlines, lib/kinds caseGuidance), so the two
 * cannot disagree.
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
    situations: result.situations,
    deadlines: result.deadlines,
    happened: result.happened,
    now,
    active: true,
  });
  return { ...result, guidance };
}

const STOP_PAYMENT_PLATFORMS = ["WECHAT_PAY", "ALIPAY"] as const;

/**
 * The numbers to call before anything else, for kinds where the first hours decide whether
 * money can still be stopped: police and the anti-fraud line (the crime kinds'), then the payment platforms' official lines (their official contacts). Known
 * platform → its line only.
 */
export function urgentCalls(kind: CaseKind, platform?: string): TelLink[] {
  if (!CRIME_KINDS.includes(kind)) return [];
  const police = [POLICE, ANTI_FRAUD];
  const platforms = STOP_PAYMENT_PLATFORMS.filter((p) => !platform || platform === p || !isStopPayment(platform));
  const lines = platforms.flatMap((p) =>
    officialContacts(p).flatMap((c) =>
      c.tel ? [{ number: c.tel, label: { "zh-CN": `${c.label["zh-CN"]}${c.tel}`, en: `${c.label.en} ${c.tel}` } }] : [],
    ),
  );
  return [...police, ...lines];
}

function isStopPayment(platform: string): boolean {
  return (STOP_PAYMENT_PLATFORMS as readonly string[]).includes(platform);
}
