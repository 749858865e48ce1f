import type { CaseFacts, CaseKind } from "./case-input";
import { supportedBeijingDay } from "./calendar/supported-range";
import type { DeadlineRule } from "./catalog/rule-types";
import { ruleInScope } from "./catalog/scope";
import type { ComputeOptions, Deadline } from "./deadline";
import { evaluateRule } from "./evaluate-rule";

/**
 * For the calculator page: every deadline of a kind (its `rules`, from lib/kinds/catalog.ts)
 * as if each rule's trigger happened at `triggerAt`, with nothing met and no pauses. (Synthesising events
 * instead would let one rule's trigger "meet" another, e.g. CLAIM_FILED.)
 */
export function previewDeadlines(
  rules: readonly DeadlineRule[],
  kind: CaseKind,
  triggerAt: Date,
  now: Date,
  facts: Omit<CaseFacts, "kind"> = {},
  options: ComputeOptions = {},
): Deadline[] {
  supportedBeijingDay(triggerAt, "triggerAt");
  supportedBeijingDay(now, "now");
  const caseFacts: CaseFacts = { ...facts, kind };
  return rules
    .filter((rule) => ruleInScope(rule, caseFacts))
    .map((rule) => evaluateRule(rule, caseFacts, { triggeredAt: triggerAt, metAt: null, pauses: [] }, now, options));
}
