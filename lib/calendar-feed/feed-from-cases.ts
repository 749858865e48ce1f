import { caseDeadlines, type CaseForDeadlines } from "@/lib/cases/case-deadlines";
import type { CaseStatus } from "@/lib/cases/case-status";
import { caseTitle } from "@/lib/cases/case-title";
import { AppError } from "@/lib/errors";
import { buildFeedIcs, type FeedEntry } from "./build-feed-ics";
import { feedText } from "./feed-text";
import type { Locale } from "@/lib/i18n/translator";

/** A calendar shows what is ahead; past deadlines stay this long (issue 23), then drop out. */
export const FEED_PAST_DAYS = 30;

/**
 * A feed holds at most this many events (~5.5 MB of ICS, within the feed cache). The scale
 * test's 2,000 open cases make about 3,000; past the cap the feed is refused rather than built
 * into a body no calendar app would load and no cache would keep.
 */
export const FEED_MAX_EVENTS = 10_000;

/** More open deadlines than a feed may hold: a translated 422, never a half feed. */
export class FeedTooLargeError extends AppError {
  constructor(
    readonly events: number,
    max: number,
  ) {
    super("feed_too_large", 422, "errors.feedTooLarge", { values: { max }, detail: `${events} events > ${max}` });
  }
}

/**
 * A case as the feed is built from it: parseFeedCases reads it from loadFeedCases's JSON, on
 * the thread that builds the feed (ADR 0029).
 */
export interface FeedCaseRow {
  id: string;
  kind: string;
  platform: string;
  title: string;
  status: string;
  amountFen: bigint;
  facts: unknown;
  updatedAt: Date;
  payments: CaseForDeadlines["payments"];
  events: CaseForDeadlines["events"];
}

/**
 * The open deadlines, and those of the past 30 days, of the given (active) cases. Paused
 * windows are left out: their instant moves with the clock, and a feed must be stable. The
 * deadline maths is the cases' own (caseDeadlines), never repeated here. Pure: `now` passed in.
 * More than `maxEvents` is FeedTooLargeError, found before any text is written.
 */
export function feedEntries(
  rows: readonly FeedCaseRow[],
  locale: Locale,
  now: Date,
  maxEvents = FEED_MAX_EVENTS,
): FeedEntry[] {
  const oldest = now.getTime() - FEED_PAST_DAYS * 86_400_000;
  const entries: FeedEntry[] = [];
  for (const row of rows) {
    const { deadlines } = caseDeadlines({ ...row, status: row.status as CaseStatus }, now);
    for (const d of deadlines) {
      if (d.status !== "upcoming" && d.status !== "due_soon" && d.status !== "overdue") continue;
      if (d.latest.getTime() < oldest) continue;
      entries.push({
        caseId: row.id,
        caseTitle: caseTitle(row as Parameters<typeof caseTitle>[0])[locale],
        ruleId: d.ruleId,
        label: d.rule.label,
        derivation: d.derivation,
        owner: d.owner,
        due: d.latest,
        stamp: row.updatedAt,
      });
    }
  }
  if (entries.length > maxEvents) throw new FeedTooLargeError(entries.length, maxEvents);
  return entries;
}

/** The whole feed's bytes from its cases: the part that runs on a pool thread. */
export function feedIcsFromCases(
  rows: readonly FeedCaseRow[],
  locale: Locale,
  now: Date,
  base: string,
  maxEvents = FEED_MAX_EVENTS,
): string {
  const origin = new URL(base).origin;
  return buildFeedIcs(feedEntries(rows, locale, now, maxEvents), locale, {
    ...feedText(locale),
    caseUrl: (caseId) => `${origin}/cases/${encodeURIComponent(caseId)}`,
  });
}
