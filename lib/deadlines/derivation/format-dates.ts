import {
  beijingEpochDay,
  beijingTimeOfDayMs,
  civilFromEpochDay,
  isoWeekday,
  type EpochDay,
} from "../calendar/civil-date";
import { civilDateText, clockText, weekdayText } from "@/lib/i18n/format-date";

/**
 * Human-readable dates for derivations, in the app's one format per language
 * (lib/i18n/format-date.ts): en "30 Sep 2025", zh-CN "2025年9月30日". Beijing time throughout.
 */
const enMonth = (month: number) => civilDateText({ year: 2000, month, day: 1 }, "en", false).slice(2);

export function enDate(day: EpochDay, withYear = true): string {
  return civilDateText(civilFromEpochDay(day), "en", withYear);
}

export function zhDate(day: EpochDay, withYear = true): string {
  return civilDateText(civilFromEpochDay(day), "zh-CN", withYear);
}

export const enWeekday = (day: EpochDay) => weekdayText(isoWeekday(day), "en");
export const zhWeekday = (day: EpochDay) => weekdayText(isoWeekday(day), "zh-CN");

function clock(instant: Date): string {
  const minutes = Math.floor(beijingTimeOfDayMs(instant) / 60_000);
  return clockText(Math.floor(minutes / 60), minutes % 60);
}

export const enDateTime = (instant: Date) => `${enDate(beijingEpochDay(instant))} ${clock(instant)}`;
export const zhDateTime = (instant: Date) => `${zhDate(beijingEpochDay(instant))} ${clock(instant)}`;

/** "1–8 Oct 2025", "28 Jan – 4 Feb 2025", "31 Dec 2022 – 2 Jan 2023"; a single day when equal. */
export function enRange(first: EpochDay, last: EpochDay, withYear = true): string {
  if (first === last) return enDate(first, withYear);
  const a = civilFromEpochDay(first);
  const b = civilFromEpochDay(last);
  if (a.year !== b.year) return `${enDate(first)} – ${enDate(last)}`;
  const year = withYear ? ` ${b.year}` : "";
  if (a.month === b.month) return `${a.day}–${b.day} ${enMonth(b.month)}${year}`;
  return `${a.day} ${enMonth(a.month)} – ${b.day} ${enMonth(b.month)}${year}`;
}

/** "2025年10月1日至8日", "1月28日至2月4日", "2022年12月31日至2023年1月2日". */
export function zhRange(first: EpochDay, last: EpochDay, withYear = true): string {
  if (first === last) return zhDate(first, withYear);
  const a = civilFromEpochDay(first);
  const b = civilFromEpochDay(last);
  if (a.year !== b.year) return `${zhDate(first)}至${zhDate(last)}`;
  const head = zhDate(first, withYear);
  return a.month === b.month ? `${head}至${b.day}日` : `${head}至${b.month}月${b.day}日`;
}

/** Consecutive days folded into [first, last] runs. Input must be sorted. */
export function compressDays(days: readonly EpochDay[]): [EpochDay, EpochDay][] {
  const runs: [EpochDay, EpochDay][] = [];
  for (const day of days) {
    const run = runs[runs.length - 1];
    if (run && run[1] === day - 1) run[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/** "A", "A and B", "A, B and C". */
export function enList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/** Paused time, to the minute: en "1 h 30 min", zh "1小时30分钟". */
export function formatDuration(ms: number): { en: string; zh: string } {
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (minutes < 60) return { en: `${minutes} min`, zh: `${minutes}分钟` };
  if (rest === 0) return { en: `${hours} h`, zh: `${hours}小时` };
  return { en: `${hours} h ${rest} min`, zh: `${hours}小时${rest}分钟` };
}
