import type { CaseEventInput, CaseFacts } from "./case-input";
import { supportedBeijingDay } from "./calendar/supported-range";
import type { DeadlineRule } from "./catalog/rule-types";
import { ruleInScope } from "./catalog/scope";
import type { ComputeOptions, Deadline } from "./deadline";
import { evaluateRule } from "./evaluate-rule";
import { resolveTimeline } from "./resolve-timeline";

/** Validates every instant and returns the events in time order (stable for ties). */
export function sortEvents(events: readonly CaseEventInput[]): CaseEventInput[] {
  events.forEach((event, i) => supportedBeijingDay(event.occurredAt, `events[${i}].occurredAt (${event.type})`));
  return [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}

/**
 * Every deadline of a case, recomputed from its facts and event log (events
 * may come unsorted). Pure: `now` is passed in. `rules` is the catalog the case is read
 * against (lib/kinds/catalog.ts `rulesForKind`: the kind's own, then the all-kinds ones); the
 * engine keeps those in scope for the case, in that order. Rules not started are listed as
 * "not_applicable". Events are taken as they are, including any dated after `now`.
 */
export function computeDeadlines(
  rules: readonly DeadlineRule[],
  facts: CaseFacts,
  events: readonly CaseEventInput[],
  now: Date,
  options: ComputeOptions = {},
): Deadline[] {
  supportedBeijingDay(now, "now");
  const sorted = sortEvents(events);
  return rules
    .filter((rule) => ruleInScope(rule, facts))
    .map((rule) => evaluateRule(rule, facts, resolveTimeline(rule, sorted, now), now, options));
}
