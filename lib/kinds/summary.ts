import { formatDateTime } from "@/lib/export/format";
import type { PrintLocale } from "@/lib/export/print-doc";
import { formatIsoDay } from "@/lib/i18n/format-date";

/** An instant as the summary prints it, in the owner's zone; absent stays absent. */
export const at = (iso: string | null, zone: string, locale: PrintLocale) =>
  iso ? formatDateTime(new Date(iso), zone, locale) : null;
/** A civil date copied from a document (`YYYY-MM-DD`), printed as that date. */
export const civilDate = (date: string | null, locale: PrintLocale) => (date ? formatIsoDay(date, locale) : null);
