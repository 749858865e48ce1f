import "server-only";
import { ACTIVE_STATUSES } from "@/lib/cases/case-status";
import { db } from "@/lib/db";
import type { FeedCaseRow } from "./feed-from-cases";
import { hashFeedToken, isFeedTokenShape } from "./feed-token";
import type { Locale } from "@/lib/i18n/translator";

export interface FeedOwner {
  userId: string;
  locale: Locale;
}

/**
 * The owner behind a feed token with the fingerprint of their cases, or null for a malformed,
 * unknown or revoked token (all a 404). The fingerprint is the feed row's id and its
 * "casesVersion", which triggers move in the same transaction as any write to the owner's
 * cases, payments or case events (migration calendar_feed_cases_version): one indexed row
 * lookup (the warm path of every feed poll), true across replicas, with no in-process
 * invalidation to miss. The id: a feed revoked and issued again is a new row whose version
 * starts again at 0, and must not match what was cached for the old one.
 */
export async function findFeedOwner(token: string): Promise<(FeedOwner & { fingerprint: string }) | null> {
  if (!isFeedTokenShape(token)) return null;
  const rows = await db().$queryRaw<{ feedId: string; version: bigint; userId: string; locale: string | null }[]>`
    SELECT f."id" AS "feedId", f."casesVersion" AS "version", u."id" AS "userId", u."locale"
    FROM "CalendarFeed" f JOIN "User" u ON u."id" = f."userId"
    WHERE f."tokenHash" = ${hashFeedToken(token)}`;
  const row = rows[0];
  if (!row) return null;
  return {
    userId: row.userId,
    locale: row.locale === "en" ? "en" : "zh-CN",
    fingerprint: `${row.feedId}.${row.version}`,
  };
}

/** The owner's active cases, as the feed needs them (the maths runs elsewhere: feed-from-cases). */
export async function loadFeedCases(owner: FeedOwner): Promise<FeedCaseRow[]> {
  return db().case.findMany({
    where: { ownerId: owner.userId, status: { in: [...ACTIVE_STATUSES] } },
    select: {
      id: true,
      kind: true,
      platform: true,
      title: true,
      status: true,
      amountFen: true,
      facts: true,
      updatedAt: true,
      payments: { orderBy: { position: "asc" } },
      events: true,
    },
  });
}
