import type { CaseEventType } from "@/lib/deadlines/case-input";
import type { Deadline } from "@/lib/deadlines";
import type { UserEventType } from "./record-event-schema";

export interface RecordableEvent {
  readonly type: UserEventType;
  /** Set for a pause/resume aimed at one counterparty window. */
  readonly ruleId?: string;
}

const FAR_MS = 30 * 86_400_000;

// Facts the wizard already asked for: recording them again would only duplicate the facts.
const FROM_FACTS = new Set<CaseEventType>([
  "TRANSFER_MADE",
  "FRAUD_DISCOVERED",
  "THEFT_DISCOVERED",
  "LOSS_KNOWN",
  "RESTRICTION_NOTICED",
]);

/**
 * The one-tap actions for a case: first what the open deadlines wait on (the user's act or
 * the counterparty's answer, a request for material and the reply to it), then money
 * recovered, then what would start a deadline not yet running. Pure.
 */
export function recordableEvents(
  deadlines: readonly Deadline[],
  {
    lead = [],
    order = [],
    now,
  }: {
    /** What meets the current step: these come first, in this order (lib/kinds/guidance leadEvents). */
    lead?: readonly CaseEventType[];
    /** The kind's events in the order they usually happen: the fold follows it. */
    order?: readonly CaseEventType[];
    /** With `now`, what only meets a deadline months away (a suit within the limitation period) goes to the fold. */
    now?: Date;
  } = {},
): {
  primary: RecordableEvent[];
  secondary: RecordableEvent[];
} {
  const primary: RecordableEvent[] = [];
  const secondary: RecordableEvent[] = [];
  const seen = new Set<string>();
  const add = (list: RecordableEvent[], event: RecordableEvent) => {
    const key = `${event.type}:${event.ruleId ?? ""}`;
    if (seen.has(key) || FROM_FACTS.has(event.type as CaseEventType)) return;
    seen.add(key);
    list.push(event);
  };
  for (const type of lead) add(primary, { type });
  const far = (d: Deadline) =>
    now !== undefined && "latest" in d && d.owner === "USER" && d.latest.getTime() - now.getTime() > FAR_MS;
  const open = deadlines.filter((d) => ["upcoming", "due_soon", "overdue", "paused"].includes(d.status));
  for (const d of open) {
    if (far(d)) {
      for (const type of d.rule.metBy) add(secondary, { type });
      continue;
    }
    if (d.status === "paused") {
      add(primary, { type: "INFO_PROVIDED", ruleId: d.ruleId });
      continue;
    }
    for (const type of d.rule.metBy) add(primary, { type });
    if (d.owner === "COUNTERPARTY") add(primary, { type: "INFO_REQUESTED", ruleId: d.ruleId });
  }
  add(primary, { type: "MONEY_RECOVERED" });
  for (const d of deadlines) {
    if (d.status === "not_applicable" && d.reason === "trigger_missing") {
      for (const type of d.rule.trigger) add(secondary, { type });
    }
  }
  for (const type of order) add(secondary, { type });
  const rank = (e: RecordableEvent) => {
    const i = order.indexOf(e.type as CaseEventType);
    return i === -1 ? order.length : i;
  };
  secondary.sort((a, b) => rank(a) - rank(b));
  return { primary, secondary };
}
