import "server-only";
import { caseDeadlines } from "@/lib/cases/case-deadlines";
import { ACTIVE_STATUSES, type CaseStatus } from "@/lib/cases/case-status";
import { caseTitle } from "@/lib/cases/case-title";
import { db } from "@/lib/db";
import type { FeedEntry, FeedLocale } from "./build-feed-ics";
import { hashFeedToken, isFeedTokenShape } from "./feed-token";

/**
 * The open deadlines behind a feed token, or null for a token that is malformed, unknown or
 * revoked (the route answers 404 to all three alike). Only the token's owner's cases are read.
 * Paused windows are left out: their instant moves with the clock, and a feed must be stable.
 */
export async function loadCalendarFeed(
  token: string,
  now: Date,
): Promise<{ locale: FeedLocale; entries: FeedEntry[] } | null> {
  if (!isFeedTokenShape(token)) return null;
  const feed = await db().calendarFeed.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: { user: { select: { id: true, locale: true } } },
  });
  if (!feed) return null;
  const cases = await db().case.findMany({
    where: { ownerId: feed.user.id, status: { in: [...ACTIVE_STATUSES] } },
    include: { payments: { orderBy: { position: "asc" } }, events: true },
  });
  const locale: FeedLocale = feed.user.locale === "en" ? "en" : "zh-CN";
  const entries: FeedEntry[] = [];
  for (const row of cases) {
    const { deadlines } = caseDeadlines({ ...row, status: row.status as CaseStatus }, now);
    for (const d of deadlines) {
      if (d.status !== "upcoming" && d.status !== "due_soon" && d.status !== "overdue") continue;
      entries.push({
        caseId: row.id,
        caseTitle: caseTitle(row)[locale],
        ruleId: d.ruleId,
        label: d.rule.label,
        derivation: d.derivation,
        owner: d.owner,
        due: d.latest,
        stamp: row.updatedAt,
      });
    }
  }
  return { locale, entries };
}
