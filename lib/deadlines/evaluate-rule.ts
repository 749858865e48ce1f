import type { CaseFacts } from "./case-input";
import type { DeadlineRule } from "./catalog/rule-types";
import { MS_PER_HOUR } from "./calendar/civil-date";
import { computeWindow, windowFactsPresent } from "./clocks/compute-window";
import type { WindowResult } from "./clocks/window-result";
import type { ComputeOptions, Deadline, DeadlineStatus, InactiveDeadline } from "./deadline";
import type { RuleTimeline } from "./resolve-timeline";

const DEFAULT_USER_DUE_SOON_HOURS = 72;

function statusOf(
  rule: DeadlineRule,
  window: WindowResult,
  timeline: RuleTimeline,
  openPause: boolean,
  now: Date,
  options: ComputeOptions,
): Exclude<DeadlineStatus, "not_applicable"> {
  if (timeline.metAt) return "met";
  if (openPause) return "paused";
  const t = now.getTime();
  if (t > window.latest.getTime()) {
    const known = Math.max(options.openedAt?.getTime() ?? 0, timeline.triggerKnownAt?.getTime() ?? 0);
    return rule.owner === "USER" && known > window.latest.getTime() ? "lapsed" : "overdue";
  }
  if (rule.owner === "USER") {
    const hours = options.userDueSoonHours ?? DEFAULT_USER_DUE_SOON_HOURS;
    return window.latest.getTime() - t <= hours * MS_PER_HOUR ? "due_soon" : "upcoming";
  }
  // A counterparty window is "due soon" once its answer is expected.
  return t >= window.earliest.getTime() ? "due_soon" : "upcoming";
}

/** The "not started" entry: listed so the UI can show what would start the rule. */
function inactive(rule: DeadlineRule, reason: InactiveDeadline["reason"]): InactiveDeadline {
  // Plain literals, not `{ ...base }`: spreading then adding fields measured ~6 µs per
  // deadline on Node 20, a quarter of the 100k-case bench budget.
  return {
    ruleId: rule.id,
    rule,
    owner: rule.owner,
    clock: rule.window.clock,
    escalation: rule.escalation,
    status: "not_applicable",
    reason,
    startedBy: rule.trigger,
  };
}

/** The usual answer time where the source gives one besides the maximum (working days only today). */
function typicalBy(rule: DeadlineRule, timeline: RuleTimeline, facts: CaseFacts): Date | null {
  if (!rule.typical || rule.window.clock !== "WORKING_DAYS" || !timeline.triggeredAt) return null;
  const typical = { clock: "WORKING_DAYS" as const, min: rule.typical.min, max: rule.typical.max };
  return computeWindow(typical, timeline.triggeredAt, facts, timeline.pauses).latest;
}

/** One rule's deadline for a case, from its timeline (see resolveTimeline). */
export function evaluateRule(
  rule: DeadlineRule,
  facts: CaseFacts,
  timeline: RuleTimeline,
  now: Date,
  options: ComputeOptions = {},
): Deadline {
  if (!windowFactsPresent(rule.window, facts)) return inactive(rule, "fact_missing");
  if (!timeline.triggeredAt) return inactive(rule, "trigger_missing");
  const window = computeWindow(rule.window, timeline.triggeredAt, facts, timeline.pauses);
  const openPause = timeline.pauses.find((p) => p.open) ?? null;
  const status = statusOf(rule, window, timeline, openPause !== null, now, options);
  const metAt = timeline.metAt;
  return {
    ruleId: rule.id,
    rule,
    owner: rule.owner,
    clock: rule.window.clock,
    escalation: rule.escalation,
    status,
    triggeredAt: timeline.triggeredAt,
    earliest: window.earliest,
    latest: window.latest,
    typicalBy: typicalBy(rule, timeline, facts),
    metAt,
    metLate: metAt !== null && metAt.getTime() > window.latest.getTime(),
    pausedSince: status === "paused" && openPause ? openPause.from : null,
    pauseCount: timeline.pauses.length,
    nextStep: status === "overdue" || status === "lapsed" ? rule.escalation.text : null,
    holidaysConfirmed: window.holidaysConfirmed,
    unconfirmedYears: window.unconfirmedYears,
    derivation: window.derivation,
  };
}
