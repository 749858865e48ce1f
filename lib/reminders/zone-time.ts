/**
 * Wall-clock arithmetic in any IANA zone with the platform's Intl data (full
 * ICU ships with Node 20+). Pure: instants in, instants out.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
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

/** The zone's wall clock at `instant`, read back as if it were UTC (milliseconds). */
function wallAsUtc(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
    instant.getUTCMilliseconds(),
  );
}

/** Minutes since local midnight in `timeZone` (0–1439). */
export function minuteOfDay(instant: Date, timeZone: string): number {
  const wall = wallAsUtc(instant, timeZone);
  return Math.floor((((wall % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
}

/**
 * The first instant at or after `instant` whose local wall clock reads
 * `minute` minutes past midnight. Offsets are re-read after the jump so a DST
 * change in between lands on the right wall time.
 */
export function nextLocalMinute(instant: Date, timeZone: string, minute: number): Date {
  const wall = wallAsUtc(instant, timeZone);
  const dayStart = wall - (((wall % 86_400_000) + 86_400_000) % 86_400_000);
  let targetWall = dayStart + minute * 60_000;
  if (targetWall < wall) targetWall += 86_400_000;
  const offset = wall - instant.getTime();
  let guess = targetWall - offset;
  const corrected = wallAsUtc(new Date(guess), timeZone) - guess;
  if (corrected !== offset) guess = targetWall - corrected;
  return new Date(guess);
}
