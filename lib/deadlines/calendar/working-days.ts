import { endOfBeijingDay, type EpochDay } from "./civil-date";
import { supportedBeijingDay, supportedCivilDay } from "./supported-range";
import { chinaWorkingDays } from "./working-day-calendar";

/** Whether a `YYYY-MM-DD` civil date is a working day in mainland China (调休 make-up days included). */
export function isWorkingDay(day: string): boolean {
  return chinaWorkingDays().isWorkingDay(supportedCivilDay(day, "isWorkingDay"));
}

/** Whether the State Council schedule for `year` is in the table (otherwise Mon–Fri is assumed). */
export function holidaysConfirmed(year: number): boolean {
  return chinaWorkingDays().isYearConfirmed(year);
}

function assertCount(n: number, name: string, min: number): void {
  if (!Number.isSafeInteger(n) || n < min || n > 100_000) {
    throw new RangeError(`${name}: n must be an integer from ${min} to 100000, got ${String(n)}`);
  }
}

/** Beijing civil date of the n-th working day after `from`'s Beijing civil date (n >= 1). */
export function nthWorkingDayAfter(from: Date, n: number): EpochDay {
  assertCount(n, "addWorkingDays", 1);
  const day = supportedBeijingDay(from, "addWorkingDays");
  return chinaWorkingDays().nthWorkingDayAfter(day, n);
}

/**
 * End (23:59:59.999 Asia/Shanghai) of the n-th working day after `from`'s
 * Beijing civil date: the day of `from` itself never counts, whatever the hour.
 */
export function addWorkingDays(from: Date, n: number): Date {
  return endOfBeijingDay(nthWorkingDayAfter(from, n));
}

/** End of the n-th civil day after `from`'s Beijing date (n = 0: end of that same day). */
export function addCalendarDays(from: Date, n: number): Date {
  assertCount(n, "addCalendarDays", 0);
  return endOfBeijingDay(supportedBeijingDay(from, "addCalendarDays") + n);
}

/** True when every year from `from`'s to `to`'s has a published schedule in the table. */
export function spanHolidaysConfirmed(from: EpochDay, to: EpochDay): boolean {
  return chinaWorkingDays().unconfirmedYears(from, to).length === 0;
}
