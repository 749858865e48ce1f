import type { Bilingual } from "@/lib/deadlines";
import { escapeText, foldLine, icsUtc } from "./ics-lines";
import type { Locale } from "@/lib/i18n/translator";

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

const byDueThenIds = (a: FeedEntry, b: FeedEntry) =>
  a.due.getTime() - b.due.getTime() ||
  (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

/**
 * The subscribable calendar: one VEVENT per open deadline, a 30-minute block ending at the
 * deadline (DTEND must follow DTSTART), a display alarm 2 h before the END on the user's own
 * obligations. UIDs are `<case>.<rule>.<due ms>@recourse`, the scheme of the reminder emails'
 * .ics, so an app that has both shows one entry. Pure and stable: no clock, sorted input.
 * Written in one pass into an array of folded lines (ADR 0029): no object model per event.
 */
export function buildFeedIcs(
  entries: readonly FeedEntry[],
  locale: Locale,
  text: { calendarName: string; caseUrl: (caseId: string) => string; counterpartyPrefix: string },
): string {
  const ttl = `PT${FEED_REFRESH_SECONDS / 3600}H`;
  const name = escapeText(text.calendarName);
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//Recourse//Deadline feed//${locale === "en" ? "EN" : "ZH"}`,
    "METHOD:PUBLISH",
    foldLine(`NAME:${name}`),
    foldLine(`X-WR-CALNAME:${name}`),
    `REFRESH-INTERVAL;VALUE=DURATION:${ttl}`,
    `X-PUBLISHED-TTL:${ttl}`,
  ];
  const alarm = `TRIGGER;RELATED=END:-PT${FEED_ALARM_BEFORE_SECONDS / 3600}H`;
  for (const entry of [...entries].sort(byDueThenIds)) {
    const label = entry.label[locale];
    const url = text.caseUrl(entry.caseId);
    const summary = `${entry.owner === "USER" ? "" : text.counterpartyPrefix}${label} · ${entry.caseTitle}`;
    lines.push(
      "BEGIN:VEVENT",
      foldLine(`UID:${entry.caseId}.${entry.ruleId}.${entry.due.getTime()}@recourse`),
      "SEQUENCE:0",
      `DTSTAMP:${icsUtc(entry.stamp)}`,
      `DTSTART:${icsUtc(new Date(entry.due.getTime() - 30 * 60_000))}`,
      `DTEND:${icsUtc(entry.due)}`,
      foldLine(`SUMMARY:${escapeText(summary)}`),
      foldLine(`DESCRIPTION:${escapeText(`${entry.derivation[locale]}\n\n${url}`)}`),
    );
    if (entry.owner === "USER") {
      lines.push("BEGIN:VALARM", "ACTION:DISPLAY", alarm, foldLine(`DESCRIPTION:${escapeText(label)}`), "END:VALARM");
    }
    lines.push(foldLine(`URL;VALUE=URI:${url}`), "END:VEVENT");
  }
  lines.push("END:VCALENDAR", "");
  return lines.join("\r\n");
}
