import { endOfBeijingDay, type EpochDay } from "../calendar/civil-date";
import { enDate, zhDate } from "../derivation/format-dates";
import { pausedCivilDays, type PauseInterval } from "./pause-intervals";
import { NO_YEARS, joinDerivation, type WindowResult } from "./window-result";

/** FIXED: a date copied from a document; due at the end of that Beijing civil date. */
export function fixedWindow(day: EpochDay, pauses: readonly PauseInterval[]): WindowResult {
  // Only user obligations use FIXED today, and those never pause; kept for a counterparty FIXED rule.
  const due = day + pausedCivilDays(pauses);
  return {
    earliest: endOfBeijingDay(due),
    latest: endOfBeijingDay(due),
    holidaysConfirmed: true,
    unconfirmedYears: NO_YEARS,
    derivation: joinDerivation(
      [`date copied from the document: ${enDate(day)}`],
      [`文书载明日期：${zhDate(day)}`],
      `end of ${enDate(due)}`,
      `${zhDate(due)}24时前`,
    ),
  };
}
