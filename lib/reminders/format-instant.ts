import { formatDateTime } from "@/lib/i18n/format-date";
import { punctuation } from "@/lib/i18n/punctuation";
import type { Locale } from "@/lib/i18n/translator";

/**
 * "2025年1月29日 周三 23:00（GMT+8，Asia/Shanghai）" / "Wed 29 Jan 2025 23:00 (GMT+8, Asia/Shanghai)":
 * the pages' one date format (lib/i18n/format-date.ts), with the zone named, since an email is
 * read away from the app.
 */
export function formatInstant(instant: Date, locale: Locale, timeZone: string): string {
  const text = formatDateTime(instant, locale, timeZone, { weekday: true });
  const offset =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
      .formatToParts(instant)
      .find((p) => p.type === "timeZoneName")?.value ?? "";
  const p = punctuation(locale);
  return `${text}${p.aside(`${offset}${p.comma}${timeZone}`)}`;
}
