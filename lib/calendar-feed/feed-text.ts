import { translator, type Locale } from "@/lib/i18n/translator";

/**
 * The feed's words in the owner's language (stored on the user), not the requester's: a
 * calendar app sends no locale cookie, so next-intl's request locale does not apply here.
 */
export function feedText(locale: Locale): { calendarName: string; counterpartyPrefix: string } {
  const t = translator(locale, "feed");
  return { calendarName: t("calendarName"), counterpartyPrefix: t("counterpartyPrefix") };
}
