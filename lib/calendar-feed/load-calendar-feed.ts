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
 * unknown or revoked token (all a 404). The fingerprint changes whenever any of the owner's
 * cases changes: every case command appends to the case's audit chain (ADR 0006), and deleting
 * a case removes its chain. One round trip (the warm path of every feed poll): true across
 * replicas, with no in-process invalidation to miss.
 */
export async function findFeedOwner(token: string): Promise<(FeedOwner & { fingerprint: string }) | null> {
  if (!isFeedTokenShape(token)) return null;
  const rows = await db().$queryRaw<
    { id: string; locale: string | null; cases: bigint; changed: Date | null; audits: bigint; audited: Date | null }[]
  >`
    SELECT u."id", u."locale",
           (SELECT count(*) FROM "Case" c WHERE c."ownerId" = u."id") AS "cases",
           (SELECT max(c."updatedAt") FROM "Case" c WHERE c."ownerId" = u."id") AS "changed",
           a."audits", a."audited"
    FROM "CalendarFeed" f
    JOIN "User" u ON u."id" = f."userId"
    CROSS JOIN LATERAL (
      SELECT count(*) AS "audits", max(e."at") AS "audited"
      FROM "AuditEntry" e JOIN "Case" c ON c."id" = e."caseId"
      WHERE c."ownerId" = u."id"
    ) a
    WHERE f."tokenHash" = ${hashFeedToken(token)}`;
  const row = rows[0];
  if (!row) return null;
  return {
    userId: row.id,
    locale: row.locale === "en" ? "en" : "zh-CN",
    fingerprint: [row.cases, row.changed?.getTime() ?? 0, row.audits, row.audited?.getTime() ?? 0].join("."),
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
