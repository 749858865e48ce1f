import { zonedWallParts } from "@/lib/cases/zoned-time";
import { formatDateTime as sharedDateTime, formatDay } from "@/lib/i18n/format-date";
import { translator, type Locale } from "@/lib/i18n/translator";

// Instants as a person in the case's zone reads them, in the app's one date format per language
// (lib/i18n/format-date.ts: "2026年11月29日 10:00" / "29 Nov 2026 10:00"), with the zone named once.
// File names keep a sortable ISO day (fileDate). The zone is read by lib/cases/zoned-time.

export function formatDateTime(at: Date, timeZone: string, locale: Locale): string {
  return sharedDateTime(at, locale, timeZone);
}

export function formatDate(at: Date, timeZone: string, locale: Locale): string {
  return formatDay(at, locale, timeZone);
}

/** "2026-11-29": the day in a file name (sorts as text). */
export function fileDate(at: Date, timeZone: string): string {
  const { year, month, day } = zonedWallParts(at, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** "北京时间" / "Beijing time" for Asia/Shanghai (and its aliases), else the IANA name. */
export function zoneName(timeZone: string, locale: Locale): string {
  if (["Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "PRC"].includes(timeZone)) {
    return translator(locale)("wizard.zoneBeijing");
  }
  return timeZone;
}
