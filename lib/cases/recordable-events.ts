import type { CaseEventType } from "@/lib/deadlines/case-input";
import type { Deadline } from "@/lib/deadlines";
import type { UserEventType } from "./record-event-schema";

export interface RecordableEvent {
  readonly type: UserEventType;
  /** Set for a pause/resume aimed at one counterparty window. */
  readonly ruleId?: string;
}

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
export function recordableEvents(deadlines: readonly Deadline[]): {
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
  const open = deadlines.filter((d) => ["upcoming", "due_soon", "overdue", "paused"].includes(d.status));
  for (const d of open) {
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
  return { primary, secondary };
}
