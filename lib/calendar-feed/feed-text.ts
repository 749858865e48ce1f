import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import type { FeedLocale } from "./build-feed-ics";

/**
 * The feed's words in the owner's language (stored on the user), not the requester's: a
 * calendar app sends no locale cookie, so next-intl's request locale does not apply here.
 */
export function feedText(locale: FeedLocale): { calendarName: string; counterpartyPrefix: string } {
  const { calendarName, counterpartyPrefix } = (locale === "en" ? en : zh).feed;
  return { calendarName, counterpartyPrefix };
}
