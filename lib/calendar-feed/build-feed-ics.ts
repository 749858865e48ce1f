import ical, { ICalAlarmType, ICalCalendarMethod } from "ical-generator";
import type { Bilingual } from "@/lib/deadlines";

export type FeedLocale = "zh-CN" | "en";

export interface FeedEntry {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly ruleId: string;
  readonly label: Bilingual;
  readonly derivation: Bilingual;
  readonly owner: "USER" | "COUNTERPARTY";
  /** The deadline instant (the window's latest). */
  readonly due: Date;
  /** The case's last change: DTSTAMP, so the same data always gives the same bytes. */
  readonly stamp: Date;
}

/** The user's own obligations alert this long before the deadline (as the reminder emails' .ics). */
export const FEED_ALARM_BEFORE_SECONDS = 2 * 3600;
/** Asked of subscribing apps (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
export const FEED_REFRESH_SECONDS = 3600;

/**
 * The subscribable calendar: one VEVENT per open deadline, a 30-minute block ending at the
 * deadline (DTEND must follow DTSTART), a display alarm 2 h before the END on the user's own
 * obligations. UIDs are `<case>.<rule>.<due ms>@recourse`, the scheme of the reminder emails'
 * .ics, so an app that has both shows one entry. Pure and stable: no clock, sorted input.
 */
export function buildFeedIcs(
  entries: readonly FeedEntry[],
  locale: FeedLocale,
  text: { calendarName: string; caseUrl: (caseId: string) => string; counterpartyPrefix: string },
): string {
  const calendar = ical({
    name: text.calendarName,
    prodId: { company: "Recourse", product: "Deadline feed", language: locale === "en" ? "EN" : "ZH" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: FEED_REFRESH_SECONDS,
  });
  const sorted = [...entries].sort(
    (a, b) =>
      a.due.getTime() - b.due.getTime() ||
      (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  for (const entry of sorted) {
    const label = entry.label[locale];
    const url = text.caseUrl(entry.caseId);
    const event = calendar.createEvent({
      id: `${entry.caseId}.${entry.ruleId}.${entry.due.getTime()}@recourse`,
      start: new Date(entry.due.getTime() - 30 * 60_000),
      end: entry.due,
      stamp: entry.stamp,
      summary: `${entry.owner === "USER" ? "" : text.counterpartyPrefix}${label} · ${entry.caseTitle}`,
      description: `${entry.derivation[locale]}\n\n${url}`,
      url,
    });
    if (entry.owner === "USER") {
      // `relatesTo` inside the options object is silently dropped: chain it (COMPONENTS.md).
      event
        .createAlarm({ type: ICalAlarmType.display, trigger: FEED_ALARM_BEFORE_SECONDS, description: label })
        .relatesTo("END");
    }
  }
  return `${calendar.toString()}\r\n`;
}
