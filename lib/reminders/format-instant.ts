import { punctuation } from "@/lib/i18n/punctuation";
import type { ReminderLocale } from "./types";

/** "2025年1月29日星期三 23:00（GMT+8，Asia/Shanghai）" / "Wednesday, 29 January 2025 at 23:00 (GMT+8, Asia/Shanghai)". */
export function formatInstant(instant: Date, locale: ReminderLocale, timeZone: string): string {
  const text = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
    timeZone,
    dateStyle: "full",
    timeStyle: "short",
    hourCycle: "h23",
  }).format(instant);
  const offset =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
      .formatToParts(instant)
      .find((p) => p.type === "timeZoneName")?.value ?? "";
  const p = punctuation(locale);
  return `${text}${p.aside(`${offset}${p.comma}${timeZone}`)}`;
}
