import type { BillPreviewAnswer } from "@/lib/bills/preview-page";
import type { BillPageQuery } from "@/lib/bills/preview-query";
import type { ParseBillResult } from "@/lib/bills/types";
import type { FeedCaseRow } from "@/lib/calendar-feed/feed-from-cases";
import type { Locale } from "@/lib/i18n/translator";

/** What the pool runs: plain data both ways (structured clone; large buffers are moved). */
export type HeavyTask =
  | { kind: "feed-ics"; cases: FeedCaseRow[]; locale: Locale; now: Date; base: string }
  | { kind: "bill-preview"; bytes: Uint8Array; fileName?: string; query: BillPageQuery }
  | { kind: "bill-parse"; bytes: Uint8Array; fileName?: string };

/** Each task's answer. */
export interface HeavyResults {
  "feed-ics": Uint8Array<ArrayBuffer>;
  "bill-preview": BillPreviewAnswer;
  "bill-parse": ParseBillResult;
}
