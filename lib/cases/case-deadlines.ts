import { CASE_EVENT_TYPES, type CaseEventInput, type CaseEventType } from "@/lib/deadlines/case-input";
import { computeAdvice, computeDeadlines, type ActiveDeadline, type AdviceRule, type Deadline } from "@/lib/deadlines";
import { ACTIVE_STATUSES, type CaseStatus } from "./case-status";
import { engineFacts, factEvents, type StoredFacts, type StoredPayment } from "./stored-facts";

// From a loaded case to its deadlines: pure, `now` passed in. Used by the case page,
// My cases and (later) the reminder scheduler, so they can never disagree.

export interface LoggedEvent {
  readonly id: string;
  readonly type: string;
  readonly occurredAt: Date;
  readonly recordedAt: Date;
  readonly actor: string;
  readonly payload: unknown;
}

export interface CaseForDeadlines {
  readonly status: CaseStatus;
  readonly amountFen: bigint;
  readonly facts: StoredFacts;
  readonly payments: readonly StoredPayment[];
  readonly events: readonly LoggedEvent[];
}

const ENGINE_TYPES = new Set<string>(CASE_EVENT_TYPES);

function payloadOf(event: LoggedEvent): Record<string, unknown> {
  return event.payload && typeof event.payload === "object" ? (event.payload as Record<string, unknown>) : {};
}

/** Ids of events withdrawn by an EVENT_RETRACTED entry: history is corrected by adding, never by editing. */
export function retractedIds(events: readonly LoggedEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    const target = payloadOf(event).eventId;
    if (event.type === "EVENT_RETRACTED" && typeof target === "string") ids.add(target);
  }
  return ids;
}

/** The engine's view of the log: facts-implied events plus recorded ones not retracted. */
export function engineEvents(input: CaseForDeadlines): CaseEventInput[] {
  const retracted = retractedIds(input.events);
  const recorded = input.events
    .filter((e) => ENGINE_TYPES.has(e.type) && !retracted.has(e.id))
    .map((e) => {
      const ruleId = payloadOf(e).ruleId;
      return {
        type: e.type as CaseEventType,
        occurredAt: e.occurredAt,
        payload: typeof ruleId === "string" ? { ruleId } : {},
      };
    });
  return [...factEvents(input.facts, input.payments), ...recorded];
}

export interface CaseDeadlines {
  readonly deadlines: Deadline[];
  readonly advice: AdviceRule[];
  /** The most urgent open user obligation, if any. */
  readonly nextUserDeadline: ActiveDeadline | null;
}

const isOpen = (d: Deadline): d is ActiveDeadline =>
  d.status === "upcoming" || d.status === "due_soon" || d.status === "overdue";

/** A draft starts no clock: it has no deadlines until the wizard is submitted. */
export function caseDeadlines(input: CaseForDeadlines, now: Date): CaseDeadlines {
  if (input.status === "DRAFT") return { deadlines: [], advice: [], nextUserDeadline: null };
  const facts = engineFacts(input.facts, input.amountFen);
  const deadlines = computeDeadlines(facts, engineEvents(input), now);
  const active = ACTIVE_STATUSES.includes(input.status);
  const nextUserDeadline = active
    ? (deadlines
        .filter(isOpen)
        .filter((d) => d.owner === "USER")
        .sort((a, b) => a.latest.getTime() - b.latest.getTime())[0] ?? null)
    : null;
  return { deadlines, advice: computeAdvice(facts), nextUserDeadline };
}

/** Time between now and a due instant, for "还剩 2 天 5 小时" / "已逾期 3 小时". */
export function timeLeft(due: Date, now: Date): { overdue: boolean; days: number; hours: number; minutes: number } {
  const ms = due.getTime() - now.getTime();
  const abs = Math.abs(ms);
  const minutesTotal = Math.floor(abs / 60_000);
  return {
    overdue: ms < 0,
    days: Math.floor(minutesTotal / 1440),
    hours: Math.floor((minutesTotal % 1440) / 60),
    minutes: minutesTotal % 60,
  };
}
