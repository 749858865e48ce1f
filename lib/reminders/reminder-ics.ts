import ical, { ICalAlarmType, ICalCalendarMethod } from "ical-generator";
import type { ReminderMailItem } from "./reminder-email";
import type { Locale } from "@/lib/i18n/translator";

/** The calendar alert fires this long before the deadline. */
export const ICS_ALARM_BEFORE_SECONDS = 2 * 3600;

/**
 * An iCalendar file with one VEVENT per obligation: a 30-minute block ending
 * at the deadline (DTEND must follow DTSTART) and a display alarm 2 h before
 * the END. UIDs come from the reminder keys' case+rule+due part, so a second
 * reminder for the same deadline updates the same calendar entry.
 * Null when nothing in the email has a deadline still ahead.
 */
export function reminderIcs(items: readonly ReminderMailItem[], locale: Locale, stamp: Date): string | null {
  const obligations = items.filter((i) => i.kind === "OBLIGATION");
  if (obligations.length === 0) return null;
  const calendar = ical({
    prodId: { company: "Recourse", product: "Deadline reminders", language: locale === "en" ? "EN" : "ZH" },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const item of obligations) {
    const [caseId, ruleId] = item.idempotencyKey.split(":");
    const event = calendar.createEvent({
      id: `${caseId}.${ruleId}.${item.dueAt.getTime()}@recourse`,
      start: new Date(item.dueAt.getTime() - 30 * 60_000),
      end: item.dueAt,
      stamp,
      summary: `${item.label[locale]} · ${item.caseTitle}`,
      description: `${item.derivation[locale]}\n\n${item.nextStep[locale]}\n\n${item.caseUrl}`,
      url: item.caseUrl,
    });
    // `relatesTo` inside the options object is silently dropped: chain it (COMPONENTS.md).
    event
      .createAlarm({ type: ICalAlarmType.display, trigger: ICS_ALARM_BEFORE_SECONDS, description: item.label[locale] })
      .relatesTo("END");
  }
  return `${calendar.toString()}\r\n`;
}
