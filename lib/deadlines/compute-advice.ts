import type { CaseFacts } from "./case-input";
import { ADVICE_RULES, type AdviceRule } from "./catalog/advice";

function amountAbove(amount: number | bigint | undefined, limitFen: number): boolean {
  if (amount === undefined) return false;
  return typeof amount === "bigint" ? amount > BigInt(limitFen) : amount > limitFen;
}

/**
 * Standing advice for a case, kept apart from deadlines because it has no
 * clock: the judicial route above ¥5,000 for merchant disputes, insurance
 * exclusions to check before filing, and the official-channels warning.
 */
export function computeAdvice(facts: CaseFacts): AdviceRule[] {
  return ADVICE_RULES.filter(
    (advice) =>
      (advice.kinds === "ALL" || advice.kinds.includes(facts.kind)) &&
      (advice.amountFenAbove === undefined || amountAbove(facts.amountFen, advice.amountFenAbove)),
  );
}
