import { beijingEpochDay } from "../calendar/civil-date";
import type { WorkingDayCalendar } from "../calendar/working-day-calendar";

/**
 * A span during which a counterparty window waited on the user
 * (INFO_REQUESTED → INFO_PROVIDED). `to` is the resume instant; for a pause
 * still open it is `now` (or the answer, if the counterparty answered anyway).
 */
export interface PauseInterval {
  readonly from: Date;
  readonly to: Date;
  readonly open: boolean;
}

/** HOURS: the window moves by the paused elapsed time. */
export function pausedMs(pauses: readonly PauseInterval[]): number {
  let total = 0;
  for (const p of pauses) total += Math.max(0, p.to.getTime() - p.from.getTime());
  return total;
}

/**
 * WORKING_DAYS: the window moves by the working days whose Beijing dates lie
 * in [pause date, resume date). The resume day itself is not lost (the user
 * answered that day and the counterparty can work on it); a pause opened and
 * closed on the same day moves nothing.
 */
export function pausedWorkingDays(pauses: readonly PauseInterval[], calendar: WorkingDayCalendar): number {
  let total = 0;
  for (const p of pauses) total += calendar.countWorkingDays(beijingEpochDay(p.from), beijingEpochDay(p.to));
  return total;
}

/** CALENDAR_DAYS / FIXED: the window moves by the civil days in [pause date, resume date). */
export function pausedCivilDays(pauses: readonly PauseInterval[]): number {
  let total = 0;
  for (const p of pauses) total += Math.max(0, beijingEpochDay(p.to) - beijingEpochDay(p.from));
  return total;
}
