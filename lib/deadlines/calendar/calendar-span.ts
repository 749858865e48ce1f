import { civilFromEpochDay, daysInMonth, epochDayFromCivil, type EpochDay } from "./civil-date";

/** A calendar length: whole years first, then days (days may be negative: "3 years − 30 days"). */
export interface CalendarSpan {
  readonly years?: number;
  readonly days?: number;
}

export interface SpanResult {
  readonly day: EpochDay;
  /** The start was 29 Feb and the target year has none, so 28 Feb was used. */
  readonly clampedLeapDay: boolean;
}

/**
 * "N years from a date" = the same month and day N years later; 29 Feb maps
 * to 28 Feb in a non-leap year (民法典 art. 201: a period in years ends on the
 * corresponding day, or the month's last day when there is none).
 */
export function addCalendarSpan(day: EpochDay, span: CalendarSpan): SpanResult {
  let result = day;
  let clampedLeapDay = false;
  const years = span.years ?? 0;
  if (years !== 0) {
    const civil = civilFromEpochDay(day);
    const year = civil.year + years;
    const lastDay = daysInMonth(year, civil.month);
    clampedLeapDay = civil.day > lastDay;
    result = epochDayFromCivil(year, civil.month, Math.min(civil.day, lastDay));
  }
  return { day: result + (span.days ?? 0), clampedLeapDay };
}
