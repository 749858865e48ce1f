import type { ReminderPreferences } from "./types";
import { minuteOfDay, nextLocalMinute } from "@/lib/cases/zoned-time";

type QuietHours = Pick<ReminderPreferences, "timeZone" | "quietStartMinute" | "quietEndMinute">;

export function inQuietHours(instant: Date, prefs: QuietHours): boolean {
  const { quietStartMinute: start, quietEndMinute: end } = prefs;
  if (start === end) return false;
  const m = minuteOfDay(instant, prefs.timeZone);
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/**
 * When a reminder meant for `fireAt` may go out: inside quiet hours it waits
 * for their end — unless `mustArriveBefore` (the deadline) would pass first,
 * because a reminder after the deadline is worthless (a 2 h reminder for a
 * 02:00 deadline goes out at 00:00, not at 08:00).
 */
export function applyQuietHours(fireAt: Date, prefs: QuietHours, mustArriveBefore: Date | null): Date {
  if (!inQuietHours(fireAt, prefs)) return fireAt;
  const end = nextLocalMinute(fireAt, prefs.timeZone, prefs.quietEndMinute);
  if (mustArriveBefore && end.getTime() >= mustArriveBefore.getTime()) return fireAt;
  return end;
}
