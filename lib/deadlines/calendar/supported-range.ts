import { beijingEpochDay, epochDayFromCivil, formatIsoDate, parseIsoDate, type EpochDay } from "./civil-date";

/**
 * The engine answers for Beijing civil dates 2000-01-01 … 2100-12-31. Outside
 * that range a typo ("1900", "20255") is far likelier than a real case, and a
 * RangeError is better than a confident wrong date.
 */
export const FIRST_SUPPORTED_DAY: EpochDay = epochDayFromCivil(2000, 1, 1);
export const LAST_SUPPORTED_DAY: EpochDay = epochDayFromCivil(2100, 12, 31);

export function isSupportedDay(day: EpochDay): boolean {
  return day >= FIRST_SUPPORTED_DAY && day <= LAST_SUPPORTED_DAY;
}

/** Validates an instant (a real, valid Date within the supported range) and returns its Beijing civil date. */
export function supportedBeijingDay(instant: Date, name: string): EpochDay {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${name}: invalid Date`);
  }
  const day = beijingEpochDay(instant);
  if (!isSupportedDay(day)) {
    throw new RangeError(
      `${name}: ${instant.toISOString()} is outside the supported range 2000-01-01 … 2100-12-31 (Beijing dates)`,
    );
  }
  return day;
}

/** Parses a `YYYY-MM-DD` civil date that must exist and lie in the supported range. */
export function supportedCivilDay(text: string, name: string): EpochDay {
  const day = typeof text === "string" ? parseIsoDate(text) : null;
  if (day === null) {
    throw new RangeError(`${name}: "${String(text)}" is not a valid YYYY-MM-DD date`);
  }
  if (!isSupportedDay(day)) {
    throw new RangeError(`${name}: ${formatIsoDate(day)} is outside the supported range 2000-01-01 … 2100-12-31`);
  }
  return day;
}
