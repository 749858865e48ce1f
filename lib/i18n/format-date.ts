import { zonedWallParts } from "@/lib/cases/zoned-time";
import type { Locale } from "./translator";
// The one way a date or a time is written, per language, everywhere a person reads one: the
// pages (cards, lists, the calculator), the reminder emails, the calendar feed's text, the PDF
// and the letters, and the deadline engine's derivations.
//   zh-CN  2026年1月9日 · 2026年1月9日 23:59 · 2026年1月9日 周五 23:59
//   en     9 Jan 2026   · 9 Jan 2026 23:59   · Fri 9 Jan 2026 23:59
// Always the 24-hour clock, in both languages. Built from parts by hand, not left to a locale's
// style: Intl's "medium"/"full" styles differ between Node, browsers and ICU versions, and
// would mix "Fri, January 9, 2026 at 23:59" with "7 Dec 2026 06:02" on one card. Pure.

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const EN_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const ZH_WEEKDAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A calendar day in the language's one format; `withYear: false` for ranges within a year. */
export function civilDateText(c: CivilDate, locale: Locale, withYear = true): string {
  if (locale === "en") {
    const month = EN_MONTHS[c.month - 1] ?? "";
    return withYear ? `${c.day} ${month} ${c.year}` : `${c.day} ${month}`;
  }
  return withYear ? `${c.year}年${c.month}月${c.day}日` : `${c.month}月${c.day}日`;
}

/** ISO weekday 1 (Monday) … 7 (Sunday) → "Mon" / "周一". */
export function weekdayText(isoWeekday: number, locale: Locale): string {
  return (locale === "en" ? EN_WEEKDAYS : ZH_WEEKDAYS)[isoWeekday - 1] ?? "";
}

/** "23:59" */
export function clockText(hour: number, minute: number): string {
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** A day, optionally with its weekday, then optionally a time: the one order of parts. */
export function dateTimeText(c: CivilDate, locale: Locale, opts: { weekday?: number; clock?: string } = {}): string {
  const date = civilDateText(c, locale);
  const day = opts.weekday
    ? locale === "en"
      ? `${weekdayText(opts.weekday, locale)} ${date}`
      : `${date} ${weekdayText(opts.weekday, locale)}`
    : date;
  return opts.clock ? `${day} ${opts.clock}` : day;
}

/** The day an instant falls on in `timeZone`: "2026年1月9日" / "9 Jan 2026". */
export function formatDay(instant: Date, locale: Locale, timeZone: string, opts: { weekday?: boolean } = {}): string {
  const p = zonedWallParts(instant, timeZone);
  return dateTimeText(p, locale, { weekday: opts.weekday ? p.weekday : undefined });
}

/**
 * An instant as read in `timeZone`: "2026年1月9日 23:59" / "9 Jan 2026 23:59" (weekday on request;
 * seconds too, "23:59:07", where a record is told apart by them: a bill's rows).
 */
export function formatDateTime(
  instant: Date,
  locale: Locale,
  timeZone: string,
  opts: { weekday?: boolean; seconds?: boolean } = {},
): string {
  const p = zonedWallParts(instant, timeZone);
  const clock = clockText(p.hour, p.minute) + (opts.seconds ? `:${String(p.second).padStart(2, "0")}` : "");
  return dateTimeText(p, locale, { weekday: opts.weekday ? p.weekday : undefined, clock });
}

/** A calendar date stored as "YYYY-MM-DD" (a freeze's expiry), in the language's format. */
export function formatIsoDay(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return year && month && day ? civilDateText({ year, month, day }, locale) : isoDate;
}
