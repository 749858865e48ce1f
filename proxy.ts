import { type NextRequest, NextResponse } from "next/server";
import {
  decodeSessionCookie,
  reissueSessionCookie,
  sessionCookieName,
  usesSecureCookies,
} from "@/lib/auth/session-cookie";
import { contentSecurityPolicy, servedOverHttps, staticSecurityHeaders } from "@/lib/security/headers";

const PAGE_METHODS = ["GET", "HEAD", "POST"];

/** Re-issue the session cookie at most this often: its expiry then slides with use. */
const REISSUE_AFTER_S = 3600;

/**
 * Runs before every page and API route: a fresh CSP nonce per response (see
 * docs/decisions/0004-csp-nonces.md), the fixed security headers, and a sliding
 * session cookie. Whether the session is still valid is decided later, against its
 * database row (lib/auth/sessions.ts); this only keeps the cookie from expiring
 * while it is in use.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  // Pages answer GET/HEAD, and POST for server actions; anything else is a 405, not a page.
  if (!PAGE_METHODS.includes(request.method)) {
    const refused = new NextResponse(null, { status: 405, headers: { Allow: PAGE_METHODS.join(", ") } });
    for (const { key, value } of staticSecurityHeaders({ https: servedOverHttps() })) refused.headers.set(key, value);
    return refused;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const https = servedOverHttps();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const { key, value } of staticSecurityHeaders({ https })) response.headers.set(key, value);

  await slideSessionCookie(request, response);
  return response;
}

async function slideSessionCookie(request: NextRequest, response: NextResponse): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  const name = sessionCookieName();
  const raw = request.cookies.get(name)?.value;
  if (!secret || !raw) return;
  const token = await decodeSessionCookie(raw, secret);
  const issuedAt = typeof token?.iat === "number" ? token.iat : 0;
  if (!token || Date.now() / 1000 - issuedAt < REISSUE_AFTER_S) return;
  const maxAge = Number(process.env.SESSION_MAX_AGE_HOURS ?? 168) * 3600;
  response.cookies.set(name, await reissueSessionCookie(token, secret, maxAge), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: usesSecureCookies(),
    maxAge,
  });
}

export const config = {
  // Pages only. Static build output and API routes carry the fixed headers from next.config.js;
  // API routes stay out because Next buffers (up to 10 MB of) a request body for the proxy,
  // and route handlers must be free to refuse or stream a body themselves.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
