import { beijingEpochDay, civilFromEpochDay, endOfBeijingDay, type EpochDay } from "../calendar/civil-date";
import type { WorkingDayCalendar } from "../calendar/working-day-calendar";
import {
  compressDays,
  enDate,
  enList,
  enRange,
  enWeekday,
  zhDate,
  zhRange,
  zhWeekday,
} from "../derivation/format-dates";
import { pausedWorkingDays, type PauseInterval } from "./pause-intervals";
import { joinDerivation, type WindowResult } from "./window-result";

/** The holidays and make-up days inside (trigger date, due date], as derivation steps. */
function describeSpan(
  calendar: WorkingDayCalendar,
  from: EpochDay,
  to: EpochDay,
  missing: readonly number[],
  en: string[],
  zh: string[],
): void {
  const { holidays, makeups } = calendar.specialDaysIn(from + 1, to);
  const baseYear = civilFromEpochDay(from).year;
  const withYear = [...holidays, ...makeups].some((day) => civilFromEpochDay(day).year !== baseYear);
  if (holidays.length > 0) {
    const runs = compressDays(holidays);
    const plural = runs.length > 1 || holidays.length > 1;
    en.push(`${enList(runs.map(([a, b]) => enRange(a, b, withYear)))} ${plural ? "are holidays" : "is a holiday"}`);
    zh.push(`${runs.map(([a, b]) => zhRange(a, b, withYear)).join("、")}为法定节假日`);
  }
  if (makeups.length > 0) {
    const plural = makeups.length > 1;
    en.push(
      `${enList(makeups.map((d) => `${enWeekday(d)} ${enDate(d, withYear)}`))} ${plural ? "are make-up working days" : "is a make-up working day"}`,
    );
    zh.push(`${makeups.map((d) => `${zhDate(d, withYear)}（${zhWeekday(d)}）`).join("、")}调休上班`);
  }
  if (missing.length > 0) {
    // Same wording as provisionalHolidaysNote, plus what was counted instead.
    en.push(
      `the ${enList(missing.map(String))} holiday ${missing.length > 1 ? "schedules are" : "schedule is"} not yet published: statutory holidays only, make-up working days not counted`,
    );
    zh.push(`${missing.join("、")} 年放假安排尚未公布，仅计法定节假日，调休未计入`);
  }
}

/**
 * WORKING_DAYS: counted from the first working day after the trigger's
 * Beijing date; due at the end of the n-th. Pauses add the working days they
 * covered (see pausedWorkingDays).
 */
export function workingDaysWindow(
  calendar: WorkingDayCalendar,
  trigger: Date,
  min: number,
  max: number,
  pauses: readonly PauseInterval[],
): WindowResult {
  const from = beijingEpochDay(trigger);
  const shift = pausedWorkingDays(pauses, calendar);
  const earliestDay = calendar.nthWorkingDayAfter(from, min + shift);
  const latestDay = calendar.nthWorkingDayAfter(from, max + shift);
  const count = min === max ? `${max}` : `${min}–${max}`;
  const en = [`${count} working days from ${enDate(from)}`];
  const zh = [`自${zhDate(from)}起${min === max ? max : `${min}至${max}`}个工作日`];
  if (pauses.length > 0) {
    en.push(`paused ${shift} working day${shift === 1 ? "" : "s"} while waiting for your information`);
    zh.push(`等待补充材料暂停${shift}个工作日`);
  }
  const unconfirmedYears = calendar.unconfirmedYears(from, latestDay);
  describeSpan(calendar, from, latestDay, unconfirmedYears, en, zh);
  return {
    earliest: endOfBeijingDay(earliestDay),
    latest: endOfBeijingDay(latestDay),
    holidaysConfirmed: unconfirmedYears.length === 0,
    unconfirmedYears,
    derivation: joinDerivation(en, zh, enRange(earliestDay, latestDay), zhRange(earliestDay, latestDay)),
  };
}
