import "server-only";
import { ACTIVE_STATUSES } from "@/lib/cases/case-status";
import { db } from "@/lib/db";
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

/**
 * The owner's active cases, as the feed needs them, in one query: their count (a few are built
 * in the request, more on the pool) and one JSON text of them (parseFeedCases reads it where
 * the feed is built; the maths runs in feed-from-cases). Payments in their order, events in
 * the case page's (occurredAt, recordedAt, then id): the order rows happen to lie in on disk
 * never reaches the deadlines. Cases in any order: the feed sorts its events.
 */
export async function loadFeedCases(owner: FeedOwner): Promise<{ count: number; json: string }> {
  const statuses = [...ACTIVE_STATUSES];
  const rows = await db().$queryRaw<{ count: bigint; json: string }[]>`
    SELECT count(*) AS "count", coalesce(json_agg(json_build_array(
             c."id", c."kind", c."platform", c."title", c."status", c."amountFen"::text, c."facts", c."updatedAt",
             (SELECT coalesce(json_agg(json_build_array(p."occurredAt", p."createdAt") ORDER BY p."position"), '[]')
              FROM "Payment" p WHERE p."caseId" = c."id"),
             (SELECT coalesce(json_agg(json_build_array(e."id", e."type", e."occurredAt", e."recordedAt", e."actor", e."payload")
                                       ORDER BY e."occurredAt", e."recordedAt", e."id"), '[]')
              FROM "CaseEvent" e WHERE e."caseId" = c."id"))), '[]')::text AS "json"
    FROM "Case" c
    WHERE c."ownerId" = ${owner.userId} AND c."status" = ANY(${statuses}::"CaseStatus"[])`;
  const row = rows[0];
  return row ? { count: Number(row.count), json: row.json } : { count: 0, json: "[]" };
}
