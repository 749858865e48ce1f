import "server-only";
import { db } from "@/lib/db";
import { hashFeedToken, newFeedToken } from "./feed-token";

/**
 * Creates the user's feed URL, or replaces it (the old URL stops working at once). Returns the
 * token: the only moment it exists outside the user's calendar app.
 */
export async function issueCalendarFeed(userId: string, now: Date): Promise<string> {
  const token = newFeedToken();
  const tokenHash = hashFeedToken(token);
  await db().calendarFeed.upsert({
    where: { userId },
    create: { userId, tokenHash, createdAt: now },
    update: { tokenHash, createdAt: now },
  });
  return token;
}

/** Turns the feed off: its URL answers 404 from now on. */
export async function revokeCalendarFeed(userId: string): Promise<void> {
  await db().calendarFeed.deleteMany({ where: { userId } });
}

export async function getCalendarFeedStatus(userId: string): Promise<{ createdAt: Date } | null> {
  return db().calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
}
