import "server-only";
import { firstAidReturnPath } from "@/lib/first-aid/answers";
import { decodeSessionCookie } from "./session-cookie";
import { loadSession } from "./sessions";

/**
 * Where a signed-in visitor asking for /sign-in goes (proxy.ts answers the 307 without rendering
 * the page): back to first aid's answers when they came from its "保存为案件", else the dashboard.
 * Null — the sign-in page renders — unless the cookie's session row is live and past two-factor:
 * a revoked or expired session's cookie still decodes, and sending it to the dashboard would
 * bounce it straight back here.
 */
export async function signedInDestination(
  cookie: string | undefined,
  secret: string,
  searchParams: URLSearchParams,
  now: Date,
): Promise<string | null> {
  const token = await decodeSessionCookie(cookie, secret);
  if (!token) return null;
  const state = await loadSession(token.sid, now);
  if (!state || state.twoFactorPending) return null;
  return firstAidReturnPath(searchParams.get("callbackUrl"), now) ?? "/dashboard";
}
