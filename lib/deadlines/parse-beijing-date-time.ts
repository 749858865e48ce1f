import { beijingEpochDay, daysInMonth, epochDayFromCivil, MS_PER_DAY, MS_PER_HOUR } from "./calendar/civil-date";
import { isSupportedDay } from "./calendar/supported-range";

export type ParseDateTimeResult =
  | { readonly ok: true; readonly instant: Date }
  | { readonly ok: false; readonly code: "invalid_date" | "out_of_range" };

// YYYY-MM-DDTHH:mm[:ss[.sss]] then an optional Z / ±HH:mm / ±HHmm; no offset = Beijing wall time.
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

function offsetMs(zone: string | undefined): number | null {
  if (zone === undefined) return 8 * MS_PER_HOUR;
  if (zone === "Z") return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(-2));
  if (hours > 14 || minutes > 59) return null;
  return (zone.startsWith("-") ? -1 : 1) * (hours * MS_PER_HOUR + minutes * 60_000);
}

/**
 * Reads what an <input type="datetime-local"> produces ("2025-09-30T18:00",
 * taken as Beijing time) or a full ISO string with an offset. Never guesses:
 * a non-existent date or time is invalid_date; a Beijing date outside
 * 2000-01-01 … 2100-12-31 is out_of_range.
 */
export function parseBeijingDateTime(input: string): ParseDateTimeResult {
  const match = typeof input === "string" ? PATTERN.exec(input.trim()) : null;
  if (!match) return { ok: false, code: "invalid_date" };
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  const ms = Number((match[7] ?? "").padEnd(3, "0"));
  const offset = offsetMs(match[8]);
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!valid || hour > 23 || minute > 59 || second > 59 || offset === null) return { ok: false, code: "invalid_date" };
  const epochMs = epochDayFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  const instant = new Date(epochMs - offset);
  if (!isSupportedDay(beijingEpochDay(instant))) return { ok: false, code: "out_of_range" };
  return { ok: true, instant };
}
