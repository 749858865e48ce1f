import { formatDate, formatDateTime } from "@/lib/export/format";

/** An instant as the summary prints it, in the owner's zone; absent stays absent. */
export const at = (iso: string | null, zone: string) => (iso ? formatDateTime(new Date(iso), zone) : null);
/** A civil date copied from a document (`YYYY-MM-DD`), printed as that date. */
export const civilDate = (date: string | null) => (date ? formatDate(new Date(`${date}T12:00:00Z`), "UTC") : null);
