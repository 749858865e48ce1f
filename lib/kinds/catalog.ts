import {
  ALL_KINDS_RULES,
  CASE_KINDS,
  computeDeadlines,
  previewDeadlines,
  type CaseEventInput,
  type CaseFacts,
  type CaseKind,
  type ComputeOptions,
  type Deadline,
  type DeadlineRule,
} from "@/lib/deadlines";
import { kindModule } from "./index";

// The rule catalog, read from the kind modules: a kind's rules live in its module
// (lib/kinds/<kind>.ts), and the pure engine is handed them here. Nothing else lists a kind's
// rules, so a seventh kind's rules reach the engine, the checklist, the fingerprint of
// URGENCY_VERSION / PLAN_VERSION and the copy checks through its line in KINDS alone.

const byKind = new Map<CaseKind, readonly DeadlineRule[]>();

/** The rules a case of this kind is read against: its module's own, then the all-kinds ones. */
export function rulesForKind(kind: CaseKind): readonly DeadlineRule[] {
  let rules = byKind.get(kind);
  if (!rules) {
    rules = [...kindModule(kind).rules, ...ALL_KINDS_RULES];
    byKind.set(kind, rules);
  }
  return rules;
}

/** Every rule: each kind's own in CASE_KINDS order, then the all-kinds ones. */
export const RULE_CATALOG: readonly DeadlineRule[] = [
  ...CASE_KINDS.flatMap((kind) => kindModule(kind).rules),
  ...ALL_KINDS_RULES,
];

export function findRule(id: string): DeadlineRule | undefined {
  return RULE_CATALOG.find((rule) => rule.id === id);
}

/** computeDeadlines against the case's kind's rules. */
export function computeKindDeadlines(
  facts: CaseFacts,
  events: readonly CaseEventInput[],
  now: Date,
  options?: ComputeOptions,
): Deadline[] {
  return computeDeadlines(rulesForKind(facts.kind), facts, events, now, options);
}

/** previewDeadlines (the calculator) against the kind's rules. */
export function previewKindDeadlines(
  kind: CaseKind,
  triggerAt: Date,
  now: Date,
  facts?: Omit<CaseFacts, "kind">,
  options?: ComputeOptions,
): Deadline[] {
  return previewDeadlines(rulesForKind(kind), kind, triggerAt, now, facts, options);
}
