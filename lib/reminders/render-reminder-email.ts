import { render } from "@react-email/components";
import { createElement } from "react";
import { mailCopy } from "./mail-copy";
import { ReminderEmail, type ReminderMailItem } from "./reminder-email";
import { reminderIcs } from "./reminder-ics";
import type { ReminderLocale } from "./types";

export interface RenderedReminderEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** iCalendar text, or null when no item has a deadline to put in a calendar. */
  readonly ics: string | null;
  readonly headers: Record<string, string>;
}

export interface ReminderEmailInput {
  readonly locale: ReminderLocale;
  readonly timeZone: string;
  /** Most urgent first: the subject names the first. */
  readonly items: readonly ReminderMailItem[];
  /** Public URL of the app, no trailing slash. */
  readonly baseUrl: string;
  readonly unsubscribeToken: string;
  /** DTSTAMP of the calendar entries. */
  readonly now: Date;
}

export function reminderSubject(items: readonly ReminderMailItem[], locale: ReminderLocale): string {
  const t = mailCopy(locale);
  const [first] = items;
  if (!first) throw new Error("a reminder email needs at least one reminder");
  const label = first.label[locale];
  const one =
    first.kind === "COUNTERPARTY_LAPSED"
      ? t("subjectLapsed", { label })
      : first.offsetHours
        ? t("subjectHours", { hours: first.offsetHours, label })
        : t("subjectDueNow", { label });
  return items.length > 1 ? t("subjectMore", { subject: one, count: items.length - 1 }) : one;
}

/** Subject, HTML, plain text, calendar file and List-Unsubscribe headers (RFC 2369 + RFC 8058 one-click). */
export async function renderReminderEmail(input: ReminderEmailInput): Promise<RenderedReminderEmail> {
  const subject = reminderSubject(input.items, input.locale);
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
