import type { ActiveDeadline, Bilingual } from "@/lib/deadlines";
import { formatDateTime } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/translator";

// Small presentation helpers shared by the case components (no data access).

export function pick(text: Bilingual, locale: Locale): string {
  return text[locale];
}

/**
 * An exact instant in the user's zone, with the weekday (a deadline is read against a
 * calendar), in the language's one format (lib/i18n/format-date.ts): "2026年1月9日 周五 23:59".
 */
export function whenText(instant: Date, locale: Locale, timeZone: string): string {
  return formatDateTime(instant, locale, timeZone, { weekday: true });
}

/** "Beijing time" for Asia/Shanghai, otherwise the zone's id. */
export function zoneLabel(timeZone: string, beijing: string): string {
  return timeZone === "Asia/Shanghai" ? beijing : timeZone;
}

/** A translator holding the named keys (messages typed, ADR 0033): a namespace without one does not fit. */
type TranslateKeys<Key extends string> = (key: Key, values: Record<string, string | number>) => string;

/** "还剩 2 天 5 小时" / "已逾期 3 小时 10 分钟", from lib/cases timeLeft(). `t` is the workspace's. */
export function timeLeftText(
  t: TranslateKeys<`${"left" | "overdue"}.${"days" | "hours" | "minutes"}`>,
  left: { overdue: boolean; days: number; hours: number; minutes: number },
): string {
  const base = left.overdue ? "overdue" : "left";
  if (left.days > 0) return t(`${base}.days`, { days: left.days, hours: left.hours });
  if (left.hours > 0) return t(`${base}.hours`, { hours: left.hours, minutes: left.minutes });
  return t(`${base}.minutes`, { minutes: left.minutes });
}

/**
 * When a running deadline falls, as one sentence: the user's own "due by …"; the other side's
 * answer "expected by …", or "expected between … and …" when the rule gives a range. `t` is
 * scoped to a namespace holding `expectedBy`, `expectedBetween` and the due key.
 */
export function dueSentence<DueKey extends "dueBy" | "dueAt">(
  t: TranslateKeys<DueKey | "expectedBy" | "expectedBetween">,
  deadline: Pick<ActiveDeadline, "owner" | "earliest" | "latest">,
  when: (instant: Date) => string,
  dueKey: DueKey,
): string {
  if (deadline.owner === "USER") return t(dueKey, { date: when(deadline.latest) });
  return deadline.earliest.getTime() === deadline.latest.getTime()
    ? t("expectedBy", { date: when(deadline.latest) })
    : t("expectedBetween", { earliest: when(deadline.earliest), latest: when(deadline.latest) });
}
