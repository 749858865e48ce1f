import { formatDateTime } from "@/lib/export/format";
import { formatIsoDay } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/translator";

/** An instant as the summary prints it, in the owner's zone; absent stays absent. */
export const at = (iso: string | null, zone: string, locale: Locale) =>
  iso ? formatDateTime(new Date(iso), zone, locale) : null;
/** A civil date copied from a document (`YYYY-MM-DD`), printed as that date. */
export const civilDate = (date: string | null, locale: Locale) => (date ? formatIsoDay(date, locale) : null);
