import { instantToWallTime, wallTimeToInstant } from "@/lib/cases/zoned-time";

/**
 * The end of the user's civil day `now` falls in, and of the sixth day after it ("this week"
 * means the next seven days including today), in the user's zone. Pure: `now` is a parameter.
 */
export function dayBounds(now: Date, timeZone: string): { endOfToday: Date; endOfWeek: Date } {
  const today = instantToWallTime(now, timeZone).slice(0, 10);
  const plusDays = (days: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  const startOf = (date: string) => wallTimeToInstant(`${date}T00:00`, timeZone) ?? now;
  return {
    endOfToday: new Date(startOf(plusDays(1)).getTime() - 1),
    endOfWeek: new Date(startOf(plusDays(7)).getTime() - 1),
  };
}
