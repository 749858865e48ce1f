import type { BillPreviewAnswer } from "@/lib/bills/preview-page";
import type { BillPageQuery } from "@/lib/bills/preview-query";
import type { ParseBillResult } from "@/lib/bills/types";
import type { Locale } from "@/lib/i18n/translator";
import type { PrintDoc } from "@/lib/export/print-doc";

/** What the pool runs: plain data both ways (structured clone; large buffers are moved). */
export type HeavyTask =
  /** `cases`: loadFeedCases's JSON text (lib/calendar-feed/feed-case-rows.ts). */
  | { kind: "feed-ics"; cases: string; locale: Locale; now: Date; base: string; maxEvents: number }
  | { kind: "bill-preview"; bytes: Uint8Array; fileName?: string; query: BillPageQuery }
  | { kind: "bill-parse"; bytes: Uint8Array; fileName?: string }
  | { kind: "pdf"; doc: PrintDoc };

/** Each task's answer. */
export interface HeavyResults {
  /** The feed's bytes, or how many events it would have had past its cap (an error class does not cross threads). */
  "feed-ics": Uint8Array<ArrayBuffer> | { tooManyEvents: number };
  "bill-preview": BillPreviewAnswer;
  "bill-parse": ParseBillResult;
  pdf: Uint8Array<ArrayBuffer>;
}
