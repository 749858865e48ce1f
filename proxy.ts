import { type NextRequest, NextResponse } from "next/server";
import { decodeSessionCookie, reissueSessionCookie, sessionCookieName } from "@/lib/auth/session-cookie";
import {
  PRERENDERED_LOCALE_HEADER,
  isPrerenderedPath,
  prerenderedPage,
  prerenderedScriptHashes,
} from "@/lib/prerendered";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, isLocale, localeFromAcceptLanguage } from "@/lib/i18n/config";
import { contentSecurityPolicy, servedOverHttps, staticSecurityHeaders } from "@/lib/security/headers";
import { isForeignWrite } from "@/lib/security/same-origin";
import { setting } from "@/lib/env";

const PAGE_METHODS = ["GET", "HEAD", "POST"];

/** Re-issue the session cookie at most this often: its expiry then slides with use. */
const REISSUE_AFTER_S = 3600;

/**
 * Runs before every page and API route. A visitor without a session asking for a public page
 * with no query gets it prerendered in their language, with a CSP naming its scripts' hashes
 * (docs/decisions/0018-prerendered-public-pages.md). Every other page renders per request
 * with a fresh CSP nonce (docs/decisions/0004-csp-nonces.md) and a sliding session cookie.
 * Both get the fixed security headers. Whether a session is still valid is decided later,
 * against its database row (lib/auth/sessions.ts); this only keeps the cookie from expiring
 * while it is in use.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const https = servedOverHttps();
  // Pages answer GET/HEAD, and POST for server actions; anything else is a 405, not a page.
  if (!PAGE_METHODS.includes(request.method)) {
    const refused = new NextResponse(null, { status: 405, headers: { Allow: PAGE_METHODS.join(", ") } });
    for (const { key, value } of staticSecurityHeaders({ https })) refused.headers.set(key, value);
    return refused;
  }

  // A server action posted from another origin: Next would throw (a 500). The launcher's server
  // refuses it first (lib/security/request-guard.mjs); this holds without it (`next start`).
  if (request.method === "POST" && request.headers.has("next-action") && isForeignWrite(request)) {
    const refused = new NextResponse("403 cross-site action\n", { status: 403 });
    for (const { key, value } of staticSecurityHeaders({ https })) refused.headers.set(key, value);
    return refused;
  }

  const requestHeaders = new Headers(request.headers);
  // Only this proxy chooses a prerendered page (next.config.js rewrites by this header), and
  // the language comes from the cookie (set here from Accept-Language on a first visit), not
  // next-intl's header.
  requestHeaders.delete(PRERENDERED_LOCALE_HEADER);
  requestHeaders.delete("x-next-intl-locale");

  const firstLanguage = adoptBrowserLanguage(request, requestHeaders);
  const prerendered = await prerenderedResponse(request, requestHeaders, https);
  if (prerendered) return withLanguageCookie(prerendered, firstLanguage);

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy({ nonce }, { dev: setting("NODE_ENV") === "development", https });
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const { key, value } of staticSecurityHeaders({ https })) response.headers.set(key, value);

  await slideSessionCookie(request, response);
  return withLanguageCookie(response, firstLanguage);
}

/**
 * A first visit (no language cookie yet) gets the browser's language (Accept-Language), and
 * that choice is written into the request's cookies, so everything rendering this request
 * reads the one value, and returned as the cookie, so it sticks until the visitor changes it.
 */
function adoptBrowserLanguage(request: NextRequest, requestHeaders: Headers): string | null {
  if (isLocale(request.cookies.get(LOCALE_COOKIE)?.value)) return null;
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  const others = request.cookies
    .getAll()
    .filter((c) => c.name !== LOCALE_COOKIE)
    .map((c) => `${c.name}=${c.value}`);
  requestHeaders.set("cookie", [...others, `${LOCALE_COOKIE}=${locale}`].join("; "));
  return locale;
}

function withLanguageCookie(response: NextResponse, locale: string | null): NextResponse {
  if (locale) {
    response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE_S, sameSite: "lax" });
  }
  return response;
}

async function prerenderedResponse(
  request: NextRequest,
  requestHeaders: Headers,
  https: boolean,
): Promise<NextResponse | null> {
  // `next dev` renders on demand: a production build's files in .next would not match.
  if (setting("NODE_ENV") !== "production") return null;
  const { pathname, searchParams } = request.nextUrl;
  const page = isPrerenderedPath(pathname)
    ? { locale: null, path: pathname }
    : prerenderedPage({
        pathname,
        searchParams,
        cookies: new Map(request.cookies.getAll().map((c) => [c.name, c.value])),
        acceptLanguage: request.headers.get("accept-language"),
      });
  const hashes = page ? await prerenderedScriptHashes(page.path) : null;
  if (!page || !hashes) return null;
  if (page.locale) requestHeaders.set(PRERENDERED_LOCALE_HEADER, page.locale);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", contentSecurityPolicy({ hashes }, { https }));
  // One URL, a page per language and per signed-in state: no shared cache may keep it, and a
  // browser must ask again (the cookie may have changed) before reusing it. (Next keeps a
  // Cache-Control that is already set; it overwrites Vary on pages, so Vary: Cookie cannot be
  // sent.)
  response.headers.set("Cache-Control", "private, no-cache");
  for (const { key, value } of staticSecurityHeaders({ https })) response.headers.set(key, value);
  return response;
}

async function slideSessionCookie(request: NextRequest, response: NextResponse): Promise<void> {
  const secret = setting("NEXTAUTH_SECRET");
  const name = sessionCookieName();
  const raw = request.cookies.get(name)?.value;
  if (!secret || !raw) return;
  const token = await decodeSessionCookie(raw, secret);
  const issuedAt = typeof token?.iat === "number" ? token.iat : 0;
  if (!token || Date.now() / 1000 - issuedAt < REISSUE_AFTER_S) return;
  const maxAge = setting("SESSION_MAX_AGE_HOURS") * 3600;
  response.cookies.set(name, await reissueSessionCookie(token, secret, maxAge), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: servedOverHttps(),
    maxAge,
  });
}

export const config = {
  // Pages only. Static build output and API routes carry the fixed headers from next.config.js;
  // API routes stay out because Next buffers (up to 10 MB of) a request body for the proxy,
  // and route handlers must be free to refuse or stream a body themselves.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
