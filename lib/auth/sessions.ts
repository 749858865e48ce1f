import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// Server-side session rows behind next-auth's JWT cookie. The JWT only carries the
// row's token (`sid`); a session is valid while its row exists and has not expired.
// Deleting the row is sign-out; deleting all of a user's rows is "sign out
// everywhere"; deleting the user cascades. Expiry slides with use.

/** Sliding expiry is written at most this often per session (one UPDATE, not one per request). */
const SLIDE_EVERY_MS = 5 * 60_000;

export function sessionMaxAgeMs(): number {
  return env().SESSION_MAX_AGE_HOURS * 3600_000;
}

export async function startSession(userId: string, now: Date = new Date()): Promise<string> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  const sessionToken = randomBytes(32).toString("base64url");
  await db().session.create({
    data: {
      sessionToken,
      userId,
      expires: new Date(now.getTime() + sessionMaxAgeMs()),
      // Two-factor on: the password or link alone is not enough; the code comes next.
      twoFactorPending: Boolean(user?.totpEnabledAt),
    },
  });
  return sessionToken;
}

export type SessionState = {
  sessionId: string;
  userId: string;
  email: string;
  /** Read with the session (one query, not two): every dated page needs it. */
  timeZone: string;
  twoFactorPending: boolean;
};

/** The session behind a JWT's sid, or null when it was revoked, expired or its user is gone. */
export async function loadSession(sid: unknown, now: Date = new Date()): Promise<SessionState | null> {
  if (typeof sid !== "string" || sid.length === 0 || sid.length > 100) return null;
  const row = await db().session.findUnique({
    where: { sessionToken: sid },
    select: { expires: true, twoFactorPending: true, user: { select: { id: true, email: true, timeZone: true } } },
  });
  if (!row) return null;
  if (row.expires <= now) {
    await db().session.deleteMany({ where: { sessionToken: sid } });
    return null;
  }
  const renewed = now.getTime() + sessionMaxAgeMs();
  if (renewed - row.expires.getTime() >= SLIDE_EVERY_MS) {
    await db().session.updateMany({ where: { sessionToken: sid }, data: { expires: new Date(renewed) } });
  }
  return {
    sessionId: sid,
    userId: row.user.id,
    email: row.user.email,
    timeZone: row.user.timeZone,
    twoFactorPending: row.twoFactorPending,
  };
}

export async function revokeSession(sid: unknown): Promise<void> {
  if (typeof sid !== "string" || !sid) return;
  await db().session.deleteMany({ where: { sessionToken: sid } });
}

/** Every session of the user ends, except `keep` (the browser that asked, when it should stay signed in). */
export async function revokeAllSessions(userId: string, keep?: string): Promise<number> {
  const { count } = await db().session.deleteMany({
    where: { userId, ...(keep ? { NOT: { sessionToken: keep } } : {}) },
  });
  return count;
}

export async function markTwoFactorPassed(sid: string): Promise<void> {
  await db().session.updateMany({ where: { sessionToken: sid }, data: { twoFactorPending: false } });
}
