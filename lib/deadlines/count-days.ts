import { calendarDaysWindow } from "./clocks/calendar-days-window";
import type { WindowResult } from "./clocks/window-result";
import { workingDaysWindow } from "./clocks/working-days-window";
import { supportedBeijingDay } from "./calendar/supported-range";
import { chinaWorkingDays } from "./calendar/working-day-calendar";

export const MAX_COUNT_DAYS = 1000;

/**
 * "n working days / calendar days from this instant", with its derivation: the
 * calculator's free count. n is a whole number 1…MAX_COUNT_DAYS, else RangeError.
 */
export function countDaysFrom(from: Date, clock: "WORKING_DAYS" | "CALENDAR_DAYS", n: number): WindowResult {
  if (!Number.isInteger(n) || n < 1 || n > MAX_COUNT_DAYS) {
    throw new RangeError(`n must be a whole number from 1 to ${MAX_COUNT_DAYS}, got ${n}`);
  }
  supportedBeijingDay(from, "from");
  return clock === "WORKING_DAYS"
    ? workingDaysWindow(chinaWorkingDays(), from, n, n, [])
    : calendarDaysWindow(from, { days: n }, { days: n }, []);
}
