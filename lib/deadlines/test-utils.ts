/** Helpers for the engine's and the kinds' rule tests only (the rules are the kind modules'). */
import type { CaseEventInput, CaseEventType, CaseFacts } from "./case-input";
import { computeKindDeadlines } from "@/lib/kinds/catalog";
import type { ActiveDeadline, Deadline } from "./deadline";

export const at = (iso: string): Date => new Date(iso);

export const ev = (type: CaseEventType, iso: string, ruleId?: string): CaseEventInput =>
  ruleId === undefined ? { type, occurredAt: at(iso) } : { type, occurredAt: at(iso), payload: { ruleId } };

export function find(deadlines: readonly Deadline[], ruleId: string): Deadline {
  const found = deadlines.find((d) => d.ruleId === ruleId);
  if (!found) throw new Error(`no deadline for ${ruleId}`);
  return found;
}

export function active(deadline: Deadline): ActiveDeadline {
  if (deadline.status === "not_applicable")
    throw new Error(`${deadline.ruleId} is not applicable (${deadline.reason})`);
  return deadline;
}

/** The one deadline of `ruleId` for a case, computed at `now`. */
export function deadlineFor(
  facts: CaseFacts,
  events: readonly CaseEventInput[],
  now: string,
  ruleId: string,
): Deadline {
  return find(computeKindDeadlines(facts, events, at(now)), ruleId);
}

/** [earliest, latest] as ISO strings, for compact assertions. */
export function windowOf(deadline: Deadline): [string, string] {
  const d = active(deadline);
  return [d.earliest.toISOString(), d.latest.toISOString()];
}
