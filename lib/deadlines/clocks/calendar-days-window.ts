import { addCalendarSpan, type CalendarSpan } from "../calendar/calendar-span";
import { beijingEpochDay, civilFromEpochDay, endOfBeijingDay } from "../calendar/civil-date";
import { enDate, enRange, zhDate, zhRange } from "../derivation/format-dates";
import { pausedCivilDays, type PauseInterval } from "./pause-intervals";
import { NO_YEARS, joinDerivation, type WindowResult } from "./window-result";

function spanEn(span: CalendarSpan): string {
  const years = span.years ?? 0;
  const days = span.days ?? 0;
  const y = years !== 0 ? `${years} year${years === 1 ? "" : "s"}` : "";
  if (days === 0) return y || "0 days";
  const d = `${Math.abs(days)} day${Math.abs(days) === 1 ? "" : "s"}`;
  if (!y) return days > 0 ? d : `−${d}`;
  return `${y} ${days > 0 ? "+" : "−"} ${d}`;
}

function spanZh(span: CalendarSpan): string {
  const years = span.years ?? 0;
  const days = span.days ?? 0;
  const y = years !== 0 ? `${years}年` : "";
  if (days === 0) return y || "0日";
  if (!y) return `${days}日`;
  return `${y}${days > 0 ? "加" : "减"}${Math.abs(days)}日`;
}

const daysOnly = (s: CalendarSpan) => (s.years ?? 0) === 0;
const sameSpan = (a: CalendarSpan, b: CalendarSpan) =>
  (a.years ?? 0) === (b.years ?? 0) && (a.days ?? 0) === (b.days ?? 0);

function spanRangeText(min: CalendarSpan, max: CalendarSpan): { en: string; zh: string } {
  if (sameSpan(min, max)) return { en: spanEn(min), zh: spanZh(min) };
  if (daysOnly(min) && daysOnly(max))
    return { en: `${min.days ?? 0}–${spanEn(max)}`, zh: `${min.days ?? 0}至${spanZh(max)}` };
  return { en: `${spanEn(min)} to ${spanEn(max)}`, zh: `${spanZh(min)}至${spanZh(max)}` };
}

/**
 * CALENDAR_DAYS: civil days (and whole years) in Asia/Shanghai from the
 * trigger's date; due at the end of the resulting day. Pauses add the civil
 * days they covered.
 */
export function calendarDaysWindow(
  trigger: Date,
  min: CalendarSpan,
  max: CalendarSpan,
  pauses: readonly PauseInterval[],
): WindowResult {
  const from = beijingEpochDay(trigger);
  const shift = pausedCivilDays(pauses);
  const early = addCalendarSpan(from, min);
  const late = addCalendarSpan(from, max);
  const text = spanRangeText(min, max);
  const en = [`${text.en} from ${enDate(from)}`];
  const zh = [`自${zhDate(from)}起${text.zh}`];
  if (early.clampedLeapDay || late.clampedLeapDay) {
    const year = civilFromEpochDay(late.day).year;
    en.push(`no 29 Feb in ${year}, so 28 Feb`);
    zh.push(`${year}年无2月29日，取2月28日`);
  }
  if (pauses.length > 0) {
    en.push(`paused ${shift} day${shift === 1 ? "" : "s"} while waiting for your information`);
    zh.push(`等待补充材料暂停${shift}日`);
  }
  const earliestDay = early.day + shift;
  const latestDay = late.day + shift;
  return {
    earliest: endOfBeijingDay(earliestDay),
    latest: endOfBeijingDay(latestDay),
    holidaysConfirmed: true,
    unconfirmedYears: NO_YEARS,
    derivation: joinDerivation(en, zh, enRange(earliestDay, latestDay), zhRange(earliestDay, latestDay)),
  };
}
