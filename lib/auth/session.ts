import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { decodeSessionCookie, sessionCookieName } from "./session-cookie";
import { type SessionState, loadSession } from "./sessions";

export type SessionUser = { id: string; email: string; sessionId: string; timeZone: string };

/** The session in this request's cookie, checked against its server-side row (once per request). */
export const currentSession = cache(async function currentSession(): Promise<SessionState | null> {
  // A session is per request: never let a page that reads it be prerendered at build time.
  await connection();
  const raw = (await cookies()).get(sessionCookieName())?.value;
  const token = await decodeSessionCookie(raw, env().NEXTAUTH_SECRET);
  return token ? loadSession(token.sid) : null;
});

/** Signed in and past two-factor, or null (revoked, expired, user deleted, or never signed in). */
export async function getSessionUser(): Promise<SessionUser | null> {
  const state = await currentSession();
  if (!state || state.twoFactorPending) return null;
  return { id: state.userId, email: state.email, sessionId: state.sessionId, timeZone: state.timeZone };
}

/** For pages and actions that need a signed-in user: anyone else goes to sign-in (or the code step). */
export async function requireUser(): Promise<SessionUser> {
  const state = await currentSession();
  if (!state) redirect("/sign-in");
  if (state.twoFactorPending) redirect("/sign-in/two-factor");
  return { id: state.userId, email: state.email, sessionId: state.sessionId, timeZone: state.timeZone };
}
