import { canonicalWallTimeText } from "@/lib/forms/wall-time-text";

// Times are typed as wall-clock time in the user's zone (components/ui/wall-time-input.tsx)
// and stored as instants. Pure: no clock, the zone is a parameter.

// Seconds are optional: people type minutes, a bill gives the second (and a datetime-local input
// shows seconds when its value has them).
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

// One formatter per zone, made once: building an Intl.DateTimeFormat costs ten times what
// formatting with it does, and the dashboard and the reminder planner read many instants.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the platform knows the zone (validates user input). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export interface WallParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** ISO weekday, 1 (Monday) … 7 (Sunday). */
  readonly weekday: number;
}

/** The wall clock and calendar day `instant` shows in `timeZone`. */
export function zonedWallParts(instant: Date, timeZone: string): WallParts {
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    year: Number(get("year")),
    month: Number(get("month")),
    day: Number(get("day")),
    hour: Number(get("hour")) % 24,
    minute: Number(get("minute")),
    second: Number(get("second")),
    weekday: WEEKDAYS[get("weekday")] ?? 0,
  };
}

/** The zone's wall clock at `instant`, read back as if it were UTC (milliseconds). */
function wallAsUtc(instant: number, timeZone: string): number {
  const p = zonedWallParts(new Date(instant), timeZone);
  const ms = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms);
}

/** The zone's offset from UTC at `instant`, in ms (Asia/Shanghai: +8 h). */
function offsetAt(instant: number, zone: string): number {
  return wallAsUtc(instant, zone) - instant;
}

/** The zone's offset from UTC at `instant`, in ms (Asia/Shanghai: +8 h; west of Greenwich, negative). */
export function utcOffsetMs(instant: Date, timeZone: string): number {
  return offsetAt(instant.getTime(), timeZone);
}

const DAY = 86_400_000;

/** Minutes since local midnight in `timeZone` (0–1439). */
export function minuteOfDay(instant: Date, timeZone: string): number {
  const wall = wallAsUtc(instant.getTime(), timeZone);
  return Math.floor((((wall % DAY) + DAY) % DAY) / 60_000);
}

/**
 * The first instant at or after `instant` whose local wall clock reads `minute` minutes past
 * midnight. Offsets are re-read after the jump so a DST change in between lands on the right
 * wall time.
 */
export function nextLocalMinute(instant: Date, timeZone: string, minute: number): Date {
  const wall = wallAsUtc(instant.getTime(), timeZone);
  const dayStart = wall - (((wall % DAY) + DAY) % DAY);
  let targetWall = dayStart + minute * 60_000;
  if (targetWall < wall) targetWall += DAY;
  const offset = wall - instant.getTime();
  let guess = targetWall - offset;
  const corrected = offsetAt(guess, timeZone);
  if (corrected !== offset) guess = targetWall - corrected;
  return new Date(guess);
}

/** "2026-11-29T19:50" (or "…T19:50:07") in `zone` → the instant; null for text that is not such a time or a date that does not exist. */
export function wallTimeToInstant(local: string, zone: string): Date | null {
  // Typed text ("2026-11-29 19:50", "2026/11/29 1950") reads as its canonical form.
  const match = LOCAL_PATTERN.exec(canonicalWallTimeText(local.trim(), "datetime"));
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const second = Number(match[6] ?? 0);
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(guess);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  // Two passes settle a guess that crossed a daylight-saving change.
  let instant = guess - offsetAt(guess, zone);
  instant = guess - offsetAt(instant, zone);
  return new Date(instant);
}

/** The instant as "YYYY-MM-DDTHH:mm" wall time in `zone` (what a datetime-local input shows). */
export function instantToWallTime(instant: Date, zone: string): string {
  const shifted = new Date(instant.getTime() + offsetAt(instant.getTime(), zone));
  return shifted.toISOString().slice(0, 16);
}

/**
 * As instantToWallTime, with ":ss" when the instant is not on a whole minute: a payment taken from
 * a bill keeps its second through the form and back, so editing the case does not move it.
 */
export function instantToWallTimeExact(instant: Date, zone: string): string {
  const shifted = new Date(instant.getTime() + offsetAt(instant.getTime(), zone));
  return shifted.getUTCSeconds() === 0 ? shifted.toISOString().slice(0, 16) : shifted.toISOString().slice(0, 19);
}
