import { CASE_EVENT_TYPES, type CaseEventInput, type CaseEventType } from "@/lib/deadlines/case-input";
import { computeAdvice, type ActiveDeadline, type AdviceRule, type Deadline } from "@/lib/deadlines";
import { ACTIVE_STATUSES, type CaseStatus } from "./case-status";
import { engineInputFromRow, type StoredFacts } from "@/lib/kinds";
import { computeKindDeadlines } from "@/lib/kinds/catalog";
import type { StoredPayment } from "./stored-facts";

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

/** A case row as loaded: facts still JSON (parsed here with the kind's schema, never cast). */
export interface CaseForDeadlines {
  readonly status: CaseStatus;
  readonly kind: string;
  readonly platform: string;
  readonly amountFen: bigint;
  readonly facts: unknown;
  readonly payments: readonly (Pick<StoredPayment, "occurredAt"> & { readonly createdAt?: Date })[];
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
export function engineEvents(
  input: Pick<CaseForDeadlines, "events">,
  implied: readonly CaseEventInput[],
): CaseEventInput[] {
  const retracted = retractedIds(input.events);
  const recorded = input.events
    .filter((e) => ENGINE_TYPES.has(e.type) && !retracted.has(e.id))
    .map((e) => {
      const ruleId = payloadOf(e).ruleId;
      return {
        type: e.type as CaseEventType,
        occurredAt: e.occurredAt,
        knownAt: e.recordedAt,
        payload: typeof ruleId === "string" ? { ruleId } : {},
      };
    });
  return [...implied, ...recorded];
}

export interface CaseDeadlines {
  /** The stored facts as parsed (null for a draft). */
  readonly stored: StoredFacts | null;
  /** The situation tags of the case's facts (rules and steps are scoped by them). */
  readonly situations: readonly string[];
  /** Every event type the case has, implied by its facts or recorded (retractions applied). */
  readonly happened: ReadonlySet<string>;
  readonly deadlines: Deadline[];
  readonly advice: AdviceRule[];
  /** The most urgent open user obligation, if any. */
  readonly nextUserDeadline: ActiveDeadline | null;
}

const isOpen = (d: Deadline): d is ActiveDeadline =>
  d.status === "upcoming" || d.status === "due_soon" || d.status === "overdue";

export const EMPTY: CaseDeadlines = {
  stored: null,
  situations: [],
  happened: new Set(),
  deadlines: [],
  advice: [],
  nextUserDeadline: null,
};

/** A draft starts no clock: it has no deadlines until the wizard is submitted. */
export function caseDeadlines(input: CaseForDeadlines, now: Date): CaseDeadlines {
  if (input.status === "DRAFT") return EMPTY;
  const engine = engineInputFromRow(input);
  const facts = engine.facts;
  const events = engineEvents(input, engine.factEvents);
  const opened = input.events.find((e) => e.type === "CASE_OPENED");
  const deadlines = computeKindDeadlines(facts, events, now, opened ? { openedAt: opened.occurredAt } : {});
  const active = ACTIVE_STATUSES.includes(input.status);
  const nextUserDeadline = active
    ? (deadlines
        .filter(isOpen)
        .filter((d) => d.owner === "USER")
        .sort((a, b) => a.latest.getTime() - b.latest.getTime())[0] ?? null)
    : null;
  return {
    stored: engine.stored,
    situations: facts.situations ?? [],
    happened: new Set(events.map((e) => e.type)),
    deadlines,
    advice: computeAdvice(facts),
    nextUserDeadline,
  };
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
