import type { CaseEventType } from "./case-input";
import type { Bilingual, Clock, DeadlineRule, Escalation, Owner } from "./catalog/rule-types";

/**
 * "lapsed": a user deadline that had already passed when the app learned of its trigger (the case
 * was opened late, or a back-dated import): information with what to do instead, never urgent.
 */
export type DeadlineStatus = "upcoming" | "due_soon" | "overdue" | "lapsed" | "met" | "paused" | "not_applicable";

interface DeadlineBase {
  readonly ruleId: string;
  /** The catalog entry: labels, evidence, source, reported success rate. */
  readonly rule: DeadlineRule;
  readonly owner: Owner;
  readonly clock: Clock;
  readonly escalation: Escalation;
}

/** A rule whose clock is running (or ran): it has a trigger and the facts it needs. */
export interface ActiveDeadline extends DeadlineBase {
  readonly status: Exclude<DeadlineStatus, "not_applicable">;
  readonly triggeredAt: Date;
  /** Start of the window ("expected from"); equals `latest` for a single-value window. */
  readonly earliest: Date;
  /** Overdue only after this instant. While paused: the value if the user answered now. */
  readonly latest: Date;
  /** The usual answer time where the source gives one besides the maximum (rule.typical), else null. */
  readonly typicalBy: Date | null;
  readonly metAt: Date | null;
  /** Met, but after `latest`. */
  readonly metLate: boolean;
  /** Start of the pause still open (status "paused"), else null. */
  readonly pausedSince: Date | null;
  /** Number of pauses that moved this window (open one included). */
  readonly pauseCount: number;
  /** The escalation text, set only when overdue: what to do now. */
  readonly nextStep: Bilingual | null;
  /** False when a working-day count crossed a year with no published holiday schedule. */
  readonly holidaysConfirmed: boolean;
  /** Those years (provisional: statutory holidays only, no 调休); show provisionalHolidaysNote(years). */
  readonly unconfirmedYears: readonly number[];
  readonly derivation: Bilingual;
}

/** Listed so the UI can show what would start it. */
export interface InactiveDeadline extends DeadlineBase {
  readonly status: "not_applicable";
  /** trigger_missing: none of `startedBy` has happened; fact_missing: the case lacks a fact the rule needs. */
  readonly reason: "trigger_missing" | "fact_missing" | "out_of_scope";
  readonly startedBy: readonly CaseEventType[];
}

export type Deadline = ActiveDeadline | InactiveDeadline;

export interface ComputeOptions {
  /** When the case was opened: a user deadline already past then is "lapsed", not overdue. */
  readonly openedAt?: Date;
  /** A user obligation is "due_soon" when at most this many hours remain. Default 72. */
  readonly userDueSoonHours?: number;
}
