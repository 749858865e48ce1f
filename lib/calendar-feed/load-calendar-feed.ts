import "server-only";
import { ACTIVE_STATUSES } from "@/lib/cases/case-status";
import { db } from "@/lib/db";
import type { FeedLocale } from "./build-feed-ics";
import type { FeedCaseRow } from "./feed-from-cases";
import { hashFeedToken, isFeedTokenShape } from "./feed-token";

export interface FeedOwner {
  userId: string;
  locale: FeedLocale;
}

/** The owner behind a feed token, or null for a malformed, unknown or revoked one (all a 404). */
export async function findFeedOwner(token: string): Promise<FeedOwner | null> {
  if (!isFeedTokenShape(token)) return null;
  const feed = await db().calendarFeed.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: { user: { select: { id: true, locale: true } } },
  });
  if (!feed) return null;
  return { userId: feed.user.id, locale: feed.user.locale === "en" ? "en" : "zh-CN" };
}

/**
 * Changes whenever any of the owner's cases changes: every case command appends to the case's
 * audit chain (ADR 0006), and deleting a case removes its chain. Two index-backed aggregates,
 * cheap next to loading the cases, and true across replicas (no in-process invalidation to miss).
 */
export async function feedFingerprint(userId: string): Promise<string> {
  const [cases, audit] = await Promise.all([
    db().case.aggregate({ where: { ownerId: userId }, _count: { _all: true }, _max: { updatedAt: true } }),
    db().auditEntry.aggregate({
      where: { case: { ownerId: userId } },
      _count: { _all: true },
      _max: { at: true },
    }),
  ]);
  return [
    cases._count._all,
    cases._max.updatedAt?.getTime() ?? 0,
    audit._count._all,
    audit._max.at?.getTime() ?? 0,
  ].join(".");
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
