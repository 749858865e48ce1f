import { utcOffsetMs } from "@/lib/cases/zoned-time";
import { formatDateTime } from "@/lib/i18n/format-date";
import { punctuation } from "@/lib/i18n/punctuation";
import type { Locale } from "@/lib/i18n/translator";

/**
 * "GMT+8", "GMT-3:30", "GMT+0": the zone's offset at `instant` (read by lib/cases/zoned-time, not
 * a formatter of its own), written as Node's Intl `shortOffset` writes it.
 */
function gmtOffset(instant: Date, timeZone: string): string {
  const total = Math.round(utcOffsetMs(instant, timeZone) / 1000);
  const abs = Math.abs(total);
  const [hours, minutes, seconds] = [Math.floor(abs / 3600), Math.floor((abs % 3600) / 60), abs % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  const rest = seconds ? `:${pad(minutes)}:${pad(seconds)}` : minutes ? `:${pad(minutes)}` : "";
  return `GMT${total < 0 ? "-" : "+"}${hours}${rest}`;
}

/**
 * "2025年1月29日 周三 23:00（GMT+8，Asia/Shanghai）" / "Wed 29 Jan 2025 23:00 (GMT+8, Asia/Shanghai)":
 * the pages' one date format (lib/i18n/format-date.ts), with the zone named, since an email is
 * read away from the app.
 */
export function formatInstant(instant: Date, locale: Locale, timeZone: string): string {
  const text = formatDateTime(instant, locale, timeZone, { weekday: true });
  const offset = gmtOffset(instant, timeZone);
  const p = punctuation(locale);
  return `${text}${p.aside(`${offset}${p.comma}${timeZone}`)}`;
}
