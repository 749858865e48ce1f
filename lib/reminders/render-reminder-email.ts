import { render } from "@react-email/components";
import { createElement } from "react";
import { translator, type Locale } from "@/lib/i18n/translator";
import { ReminderEmail, type ReminderMailItem } from "./reminder-email";
import { reminderIcs } from "./reminder-ics";

export interface RenderedReminderEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** iCalendar text, or null when no item has a deadline to put in a calendar. */
  readonly ics: string | null;
  readonly headers: Record<string, string>;
}

export interface ReminderEmailInput {
  readonly locale: Locale;
  readonly timeZone: string;
  /** Most urgent first: the subject names the first. */
  readonly items: readonly ReminderMailItem[];
  /** Public URL of the app, no trailing slash. */
  readonly baseUrl: string;
  readonly unsubscribeToken: string;
  /** DTSTAMP of the calendar entries. */
  readonly now: Date;
}

/**
 * The subject names the most urgent reminder. Its hours are the hours actually left when it is
 * sent, when that is fewer than its offset: a warning sent late (a case opened late, issue 22)
 * says "18 hours left", not the "24 hours left" it was planned as.
 */
export function reminderSubject(items: readonly ReminderMailItem[], locale: Locale, now: Date): string {
  const t = translator(locale, "reminderEmail");
  const [first] = items;
  if (!first) throw new Error("a reminder email needs at least one reminder");
  const label = first.label[locale];
  const one =
    first.kind === "COUNTERPARTY_LAPSED"
      ? t("subjectLapsed", { label })
      : first.offsetHours
        ? t("subjectHours", { hours: Math.min(first.offsetHours, hoursLeft(first.dueAt, now)), label })
        : t("subjectDueNow", { label });
  return items.length > 1 ? t("subjectMore", { subject: one, count: items.length - 1 }) : one;
}

/** Whole hours left, rounded up (1 h 29 min → 2), at least 1. */
const hoursLeft = (dueAt: Date, now: Date) => Math.max(1, Math.ceil((dueAt.getTime() - now.getTime()) / 3_600_000));

/** Subject, HTML, plain text, calendar file and List-Unsubscribe headers (RFC 2369 + RFC 8058 one-click). */
export async function renderReminderEmail(input: ReminderEmailInput): Promise<RenderedReminderEmail> {
  const subject = reminderSubject(input.items, input.locale, input.now);
  const ics = reminderIcs(input.items, input.locale, input.now);
  const token = encodeURIComponent(input.unsubscribeToken);
  const oneClickUrl = `${input.baseUrl}/api/reminders/unsubscribe?t=${token}`;
  const element = createElement(ReminderEmail, {
    locale: input.locale,
    timeZone: input.timeZone,
    subject,
    items: input.items,
    unsubscribeUrl: `${input.baseUrl}/reminders/unsubscribe?t=${token}`,
    settingsUrl: `${input.baseUrl}/settings/reminders`,
    hasCalendar: ics !== null,
  });
  const [html, text] = await Promise.all([
    render(element),
    // Keep headings as written: html-to-text upper-cases them by default.
    render(element, {
      plainText: true,
      htmlToTextOptions: {
        selectors: [
          { selector: "h1", options: { uppercase: false } },
          { selector: "h2", options: { uppercase: false } },
        ],
      },
    }),
  ]);
  return {
    subject,
    html,
    text,
    ics,
    headers: {
      "List-Unsubscribe": `<${oneClickUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
