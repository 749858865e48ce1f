import { caseDeadlines, type CaseDeadlines } from "@/lib/cases/case-deadlines";
import { engineFacts, toStoredCase } from "@/lib/cases/stored-facts";
import { firstMoves, officialContacts, type FirstMove, type TelLink } from "@/lib/deadlines";
import type { CaseKind } from "@/lib/deadlines/case-input";
import { type FirstAidAnswers, firstAidCaseForm } from "./answers";

/**
 * "现在就做" for answers not yet saved: the case they would open, run through the very
 * function the case page uses (lib/cases caseDeadlines), so the two cannot disagree.
 */
export function firstAidDeadlines(
  answers: FirstAidAnswers,
  now: Date,
): CaseDeadlines & { moves: readonly FirstMove[] } {
  const stored = toStoredCase(firstAidCaseForm(answers));
  const result = caseDeadlines(
    { status: "OPEN", amountFen: stored.amountFen, facts: stored.facts, payments: stored.payments, events: [] },
    now,
  );
  return { ...result, moves: firstMoves(answers.kind, engineFacts(stored.facts, stored.amountFen)) };
}

const STOP_PAYMENT_PLATFORMS = ["WECHAT_PAY", "ALIPAY"] as const;

/**
 * The numbers to call before anything else, for kinds where the first hours decide whether
 * money can still be stopped: police and the anti-fraud line (from the engine's first moves
 * for fraud), then the payment platforms' official lines (their official contacts). Known
 * platform → its line only.
 */
export function urgentCalls(kind: CaseKind, platform?: string): TelLink[] {
  if (kind !== "FRAUD" && kind !== "INSURANCE_CLAIM") return [];
  const police = firstMoves("FRAUD").flatMap((move) => move.tel ?? []);
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
