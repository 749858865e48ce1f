import { civilFromEpochDay, epochDayFromCivil, isoWeekday, parseIsoDate, type EpochDay } from "./civil-date";
import { HOLIDAYS_CN, type HolidayYear } from "./holidays-cn";
import { provisionalDaysOff } from "./statutory-holidays";
import { FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY } from "./supported-range";

export type DayKind = "weekday" | "weekend" | "holiday" | "makeup";
const KIND_CODES: readonly DayKind[] = ["weekday", "weekend", "holiday", "makeup"];

/** Mon–Fri days in [-3 (a Monday), day): closed form, valid for any integer day. */
function weekdaysBefore(day: EpochDay): number {
  const k = day + 3;
  const weeks = Math.floor(k / 7);
  return weeks * 5 + Math.min(k - weeks * 7, 5);
}

/** Smallest day d with weekdaysBefore(d) >= count (inverse of the above). */
function weekdaysInverse(count: number): EpochDay {
  const weeks = Math.floor(count / 5);
  const rest = count - weeks * 5;
  return rest > 0 ? -3 + weeks * 7 + rest : -3 + weeks * 7 - 2;
}

function parseTableDate(text: string): EpochDay {
  const day = parseIsoDate(text);
  if (day === null) throw new Error(`holiday table: invalid date "${text}"`);
  return day;
}

/** Expands the notices to per-day codes, refusing data that cannot be right. */
function collectTableDays(table: readonly HolidayYear[]): Map<EpochDay, DayKind> {
  const days = new Map<EpochDay, DayKind>();
  const mark = (day: EpochDay, kind: DayKind, text: string) => {
    if (days.has(day)) throw new Error(`holiday table: ${text} listed twice`);
    days.set(day, kind);
  };
  for (const entry of table) {
    for (const { off, work = [] } of entry.arrangements) {
      const first = parseTableDate(off[0]);
      const last = parseTableDate(off[1]);
      if (last < first || last - first > 15) throw new Error(`holiday table: bad span ${off[0]}…${off[1]}`);
      for (let day = first; day <= last; day++) mark(day, "holiday", off[0]);
      for (const text of work) {
        const day = parseTableDate(text);
        if (isoWeekday(day) < 6) throw new Error(`holiday table: make-up day ${text} is not a weekend day`);
        mark(day, "makeup", text);
      }
    }
  }
  return days;
}

/** Days off assumed for a year without a published notice (e.g. provisionalDaysOff). */
export type HolidayFallback = (year: number) => readonly EpochDay[];

/**
 * Working-day arithmetic in O(log n): a prefix count of working days over the
 * table's years (±1 year of plain Mon–Fri margin) or, with a fallback, over
 * the whole supported range; closed-form weekday counting outside it. Never
 * steps day by day. Years without a notice get the fallback's days off (no
 * make-up working days) and stay unconfirmed.
 */
export class WorkingDayCalendar {
  private readonly first: EpochDay;
  private readonly last: EpochDay;
  private readonly kinds: Uint8Array;
  /** prefix[i] = working days in [first, first + i). */
  private readonly prefix: Int32Array;
  private readonly total: number;
  private readonly weekdaysBeforeFirst: number;
  private readonly weekdaysBeforeEnd: number;
  private readonly confirmedYears: ReadonlySet<number>;
  /** Every holiday / make-up day of the table, sorted, for listing them in derivations. */
  private readonly specialDays: Int32Array;

  constructor(table: readonly HolidayYear[], fallback?: HolidayFallback) {
    const years = table.map((entry) => entry.year);
    if (new Set(years).size !== years.length) throw new Error("holiday table: a year is listed twice");
    this.confirmedYears = new Set(years);
    const tableDays = collectTableDays(table);
    let minYear = years.length > 0 ? Math.min(...years) - 1 : 2000;
    let maxYear = years.length > 0 ? Math.max(...years) + 1 : 1999;
    if (fallback) {
      minYear = Math.min(minYear, civilFromEpochDay(FIRST_SUPPORTED_DAY).year);
      maxYear = Math.max(maxYear, civilFromEpochDay(LAST_SUPPORTED_DAY).year);
      for (let year = minYear; year <= maxYear; year++) {
        if (this.confirmedYears.has(year)) continue;
        // A published notice wins over the fallback, even for a date outside its own year (2022-12-31).
        for (const day of fallback(year)) if (!tableDays.has(day)) tableDays.set(day, "holiday");
      }
    }
    this.specialDays = Int32Array.from([...tableDays.keys()].sort((a, b) => a - b));
    this.first = epochDayFromCivil(minYear, 1, 1);
    this.last = epochDayFromCivil(maxYear, 12, 31);
    const length = Math.max(0, this.last - this.first + 1);
    this.kinds = new Uint8Array(length);
    this.prefix = new Int32Array(length + 1);
    for (let i = 0; i < length; i++) {
      const day = this.first + i;
      const kind = tableDays.get(day) ?? (isoWeekday(day) >= 6 ? "weekend" : "weekday");
      this.kinds[i] = KIND_CODES.indexOf(kind);
      const working = kind === "weekday" || kind === "makeup" ? 1 : 0;
      this.prefix[i + 1] = (this.prefix[i] ?? 0) + working;
    }
    this.total = this.prefix[length] ?? 0;
    this.weekdaysBeforeFirst = weekdaysBefore(this.first);
    this.weekdaysBeforeEnd = weekdaysBefore(this.first + length);
  }

  dayKind(day: EpochDay): DayKind {
    const index = day - this.first;
    const code = index >= 0 ? this.kinds[index] : undefined;
    if (code !== undefined) return KIND_CODES[code] ?? "weekday";
    return isoWeekday(day) >= 6 ? "weekend" : "weekday";
  }

  isWorkingDay(day: EpochDay): boolean {
    const kind = this.dayKind(day);
    return kind === "weekday" || kind === "makeup";
  }

  /** Working days in [origin, day) relative to the table start; monotone, +1 after each working day. */
  private cumulative(day: EpochDay): number {
    if (day <= this.first) return weekdaysBefore(day) - this.weekdaysBeforeFirst;
    const index = day - this.first;
    if (index < this.prefix.length) return this.prefix[index] ?? 0;
    return this.total + weekdaysBefore(day) - this.weekdaysBeforeEnd;
  }

  /** Smallest day d with cumulative(d) >= target. */
  private cumulativeInverse(target: number): EpochDay {
    if (target <= 0) return weekdaysInverse(target + this.weekdaysBeforeFirst);
    if (target > this.total) return weekdaysInverse(target - this.total + this.weekdaysBeforeEnd);
    let lo = 1;
    let hi = this.prefix.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.prefix[mid] ?? 0) >= target) hi = mid;
      else lo = mid + 1;
    }
    return this.first + lo;
  }

  /** Working days whose dates lie in [from, to). Zero when to <= from. */
  countWorkingDays(from: EpochDay, to: EpochDay): number {
    return to <= from ? 0 : this.cumulative(to) - this.cumulative(from);
  }

  /** The n-th working day strictly after `day` (n >= 1). */
  nthWorkingDayAfter(day: EpochDay, n: number): EpochDay {
    return this.cumulativeInverse(this.cumulative(day + 1) + n) - 1;
  }

  /** Holidays and make-up days whose dates lie in [from, to], in date order. */
  specialDaysIn(from: EpochDay, to: EpochDay): { holidays: EpochDay[]; makeups: EpochDay[] } {
    const holidays: EpochDay[] = [];
    const makeups: EpochDay[] = [];
    let lo = 0;
    let hi = this.specialDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.specialDays[mid] ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.specialDays.length; i++) {
      const day = this.specialDays[i] ?? 0;
      if (day > to) break;
      (this.dayKind(day) === "holiday" ? holidays : makeups).push(day);
    }
    return { holidays, makeups };
  }

  isYearConfirmed(year: number): boolean {
    return this.confirmedYears.has(year);
  }

  /** Years in [from, to] (by date) that have no published schedule in the table. */
  unconfirmedYears(from: EpochDay, to: EpochDay): number[] {
    const missing: number[] = [];
    const last = civilFromEpochDay(Math.max(from, to)).year;
    for (let year = civilFromEpochDay(Math.min(from, to)).year; year <= last; year++) {
      if (!this.confirmedYears.has(year)) missing.push(year);
    }
    return missing;
  }
}

let defaultCalendar: WorkingDayCalendar | undefined;

/**
 * The calendar built from HOLIDAYS_CN, with the statutory holidays for years
 * without a notice; once, on first use (deterministic data, so caching is safe).
 */
export function chinaWorkingDays(): WorkingDayCalendar {
  defaultCalendar ??= new WorkingDayCalendar(HOLIDAYS_CN, provisionalDaysOff);
  return defaultCalendar;
}
