/**
 * Civil dates as integer "epoch days" (days since 1970-01-01, proleptic
 * Gregorian). Integer days make calendar arithmetic exact and cheap, and keep
 * every answer independent of the host's time zone.
 */
export type EpochDay = number;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const MS_PER_DAY = 86_400_000;
export const MS_PER_HOUR = 3_600_000;
const BEIJING_OFFSET_MS = 8 * MS_PER_HOUR;

/** Days from 1970-01-01 to the given civil date (H. Hinnant's days_from_civil). */
export function epochDayFromCivil(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of an epoch day (H. Hinnant's civil_from_days). */
export function civilFromEpochDay(epochDay: EpochDay): CivilDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01, epoch day 0, was a Thursday). */
export function isoWeekday(epochDay: EpochDay): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict `YYYY-MM-DD` → epoch day, or null when malformed or not a real date (2025-02-30). */
export function parseIsoDate(text: string): EpochDay | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return epochDayFromCivil(year, month, day);
}

export function formatIsoDate(epochDay: EpochDay): string {
  const { year, month, day } = civilFromEpochDay(epochDay);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The Beijing (Asia/Shanghai) civil date of an instant. China has used UTC+8
 * all year, with no daylight saving, since 1991 — and we only accept 2000 on —
 * so a fixed +8 h shift is exact; no tz database is needed.
 */
export function beijingEpochDay(instant: Date): EpochDay {
  return Math.floor((instant.getTime() + BEIJING_OFFSET_MS) / MS_PER_DAY);
}

/** 00:00:00.000 Beijing time of a civil date. */
export function startOfBeijingDay(epochDay: EpochDay): Date {
  return new Date(epochDay * MS_PER_DAY - BEIJING_OFFSET_MS);
}

/** 23:59:59.999 Beijing time of a civil date: when a day-based deadline expires. */
export function endOfBeijingDay(epochDay: EpochDay): Date {
  return new Date((epochDay + 1) * MS_PER_DAY - BEIJING_OFFSET_MS - 1);
}

/** Beijing wall-clock time of day of an instant, in ms since local midnight. */
export function beijingTimeOfDayMs(instant: Date): number {
  const shifted = instant.getTime() + BEIJING_OFFSET_MS;
  return shifted - Math.floor(shifted / MS_PER_DAY) * MS_PER_DAY;
}
