import "server-only";
import { env } from "@/lib/env";
import type { SessionUser } from "./session";
import { decodeSessionCookie, sessionCookieName } from "./session-cookie";
import { loadSession } from "./sessions";

/**
 * getSessionUser for code that has the raw Cookie header instead of Next's request scope
 * (pages/api download routes, which write to the Node response so Content-Length survives).
 * Signed in and past two-factor, or null.
 */
export async function sessionUserFromCookieHeader(header: string | undefined): Promise<SessionUser | null> {
  const name = sessionCookieName();
  const raw = (header ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  const token = await decodeSessionCookie(raw ? decodeURIComponent(raw) : undefined, env().NEXTAUTH_SECRET);
  const state = token ? await loadSession(token.sid) : null;
  if (!state || state.twoFactorPending) return null;
  return { id: state.userId, email: state.email, sessionId: state.sessionId };
}
