import { isMessageKey, translator, type Locale } from "@/lib/i18n/translator";

/**
 * What an event type reads as, in one language. Types come from stored rows, so one the
 * messages do not name (a type since retired) shows as stored rather than as a raw key.
 */
export function eventLabel(type: string, locale: Locale): string {
  const key = `workspace.events.${type}`;
  return isMessageKey(key) ? translator(locale)(key) : type;
}
