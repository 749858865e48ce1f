import { HOLIDAYS_CN } from "./holidays-cn";
import { provisionalDaysOff } from "./statutory-holidays";

/**
 * The obvious implementation — step one day at a time and look each date up by
 * its string — over the same data: HOLIDAYS_CN, and provisionalDaysOff for the
 * years it lacks. Shares no arithmetic with WorkingDayCalendar or civil-date.ts,
 * so it can serve as a test oracle and as the bench's baseline. Not for
 * production use: O(n) per call.
 */
const DAY_MS = 86_400_000;
const OFF = new Set<string>();
const WORK = new Set<string>();
for (const entry of HOLIDAYS_CN) {
  for (const { off, work = [] } of entry.arrangements) {
    for (let t = Date.parse(`${off[0]}T00:00:00Z`); t <= Date.parse(`${off[1]}T00:00:00Z`); t += DAY_MS) {
      OFF.add(new Date(t).toISOString().slice(0, 10));
    }
    for (const day of work) WORK.add(day);
  }
}
const published = new Set(HOLIDAYS_CN.map((entry) => entry.year));
for (let year = 2000; year <= 2100; year++) {
  if (published.has(year)) continue;
  for (const day of provisionalDaysOff(year)) {
    const key = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (!WORK.has(key)) OFF.add(key);
  }
}

/** Whether the UTC-midnight instant `t` (standing for a civil date) is a working day. */
function steppingIsWorking(t: number): boolean {
  const date = new Date(t);
  const key = date.toISOString().slice(0, 10);
  if (WORK.has(key)) return true;
  if (OFF.has(key)) return false;
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Civil date (as its UTC midnight) of an instant seen in Beijing (UTC+8). */
function beijingMidnightUtc(instant: Date): number {
  const shifted = new Date(instant.getTime() + 8 * 3_600_000);
  return Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
}

/** End (23:59:59.999 Beijing) of the n-th working day after `from`'s Beijing date. */
export function steppingAddWorkingDays(from: Date, n: number): Date {
  let t = beijingMidnightUtc(from);
  for (let left = n; left > 0;) {
    t += DAY_MS;
    if (steppingIsWorking(t)) left--;
  }
  return new Date(t + DAY_MS - 8 * 3_600_000 - 1);
}

/** Working days in (from, to], both `YYYY-MM-DD`, counted one by one. */
export function steppingCountWorkingDays(fromExclusive: string, toInclusive: string): number {
  let count = 0;
  const end = Date.parse(`${toInclusive}T00:00:00Z`);
  for (let t = Date.parse(`${fromExclusive}T00:00:00Z`) + DAY_MS; t <= end; t += DAY_MS) {
    if (steppingIsWorking(t)) count++;
  }
  return count;
}

export function steppingIsWorkingDay(day: string): boolean {
  return steppingIsWorking(Date.parse(`${day}T00:00:00Z`));
}
