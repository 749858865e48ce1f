import type { FeedLocale } from "@/lib/calendar-feed/build-feed-ics";
import type { FeedCaseRow } from "@/lib/calendar-feed/feed-from-cases";

/** What the pool runs: plain data both ways (structured clone; large buffers are moved). */
export type HeavyTask = { kind: "feed-ics"; cases: FeedCaseRow[]; locale: FeedLocale; now: Date; base: string };

/** Each task's answer. */
export interface HeavyResults {
  "feed-ics": Uint8Array<ArrayBuffer>;
}
