import type { CaseFacts } from "../case-input";
import type { DeadlineRule } from "./rule-types";

/**
 * Whether a rule applies to a case: it is the case's kind's (or every kind's), its platform is
 * one the rule's source speaks for, and the case is in one of the rule's situations. Facts that
 * do not say (the calculator) keep the rule.
 */
export function ruleInScope(
  rule: DeadlineRule,
  facts: Pick<CaseFacts, "platform" | "situations"> & Partial<Pick<CaseFacts, "kind">>,
): boolean {
  if (facts.kind && rule.kind !== "ALL" && rule.kind !== facts.kind) return false;
  const { platforms, situations } = rule.scope;
  if (facts.platform && platforms !== "ALL" && !platforms.includes(facts.platform)) return false;
  if (facts.situations && situations && !situations.some((s) => facts.situations!.includes(s))) return false;
  return true;
}
