import type { CaseEventInput } from "./case-input";
import type { DeadlineRule } from "./catalog/rule-types";
import type { PauseInterval } from "./clocks/pause-intervals";

/** What the event log says about one rule. */
export interface RuleTimeline {
  readonly triggeredAt: Date | null;
  /** When the app learned of the trigger (its event's knownAt), if said. */
  readonly triggerKnownAt?: Date;
  readonly metAt: Date | null;
  readonly pauses: readonly PauseInterval[];
}

const targets = (event: CaseEventInput, rule: DeadlineRule) =>
  event.payload?.ruleId === undefined || event.payload.ruleId === rule.id;

/**
 * Trigger = the earliest trigger event. Met = the earliest satisfying event at
 * any time (a report logged before the discovery still counts); a generic
 * ANSWERED meets a counterparty window only if it came at or after the trigger.
 * `events` must be sorted by occurredAt.
 */
export function resolveTimeline(rule: DeadlineRule, events: readonly CaseEventInput[], now: Date): RuleTimeline {
  const trigger = events.find((e) => rule.trigger.includes(e.type));
  const triggeredAt = trigger?.occurredAt ?? null;
  const met = events.find(
    (e) =>
      targets(e, rule) &&
      (rule.metBy.includes(e.type) ||
        (e.type === "ANSWERED" &&
          rule.owner === "COUNTERPARTY" &&
          triggeredAt !== null &&
          e.occurredAt >= triggeredAt)),
  );
  const metAt = met?.occurredAt ?? null;
  const pauses =
    rule.owner === "COUNTERPARTY" && triggeredAt ? collectPauses(rule, events, triggeredAt, metAt, now) : [];
  return { triggeredAt, metAt, pauses, ...(trigger?.knownAt ? { triggerKnownAt: trigger.knownAt } : {}) };
}

/**
 * INFO_REQUESTED opens a pause (if none is open), INFO_PROVIDED closes it;
 * only events from the trigger on and before the answer count. A pause still
 * open ends at the answer if there is one, else at `now`.
 */
function collectPauses(
  rule: DeadlineRule,
  events: readonly CaseEventInput[],
  triggeredAt: Date,
  metAt: Date | null,
  now: Date,
): PauseInterval[] {
  const pauses: PauseInterval[] = [];
  let openSince: Date | null = null;
  for (const event of events) {
    if (event.occurredAt < triggeredAt || !targets(event, rule)) continue;
    if (metAt && event.occurredAt >= metAt) break;
    if (event.type === "INFO_REQUESTED" && !openSince) openSince = event.occurredAt;
    else if (event.type === "INFO_PROVIDED" && openSince) {
      pauses.push({ from: openSince, to: event.occurredAt, open: false });
      openSince = null;
    }
  }
  if (openSince) {
    const end = metAt ?? now;
    pauses.push({ from: openSince, to: end > openSince ? end : openSince, open: metAt === null });
  }
  return pauses;
}
