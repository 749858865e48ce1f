// Security headers for every response. No database, no server-only imports: proxy.ts uses
// this. The fixed headers are one list in static-headers.cjs, which next.config.js and the
// launcher's request guard load too.

import { setting } from "@/lib/env";

import { isHttpsSite } from "./https-site.cjs";

export { staticSecurityHeaders } from "./static-headers.cjs";

/**
 * Which scripts a page may run: those carrying this response's nonce (Next adds it to its own
 * script tags when it renders per request) and what they load; or, for a page prerendered at
 * build time, exactly its own inline scripts by hash plus this origin's script files.
 */
export type ScriptPolicy = { nonce: string } | { hashes: readonly string[] };

/**
 * The Content-Security-Policy for one response. No inline script without a nonce or hash,
 * no eval outside development. Styles may be inline (React style attributes); nothing may
 * frame the app.
 */
export function contentSecurityPolicy(scripts: ScriptPolicy, { dev = false, https = false } = {}): string {
  // With a nonce, 'strict-dynamic' lets Next's nonced loader bring in its chunks, and makes
  // CSP3 browsers ignore 'self'. A prerendered page's chunk tags carry no nonce, so there
  // 'self' admits them; 'strict-dynamic' would block them.
  const allowed = "nonce" in scripts ? [`'nonce-${scripts.nonce}'`, "'strict-dynamic'"] : scripts.hashes;
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...allowed, ...(dev ? ["'unsafe-eval'"] : [])].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * NEXTAUTH_URL is https: HSTS is sent, and every cookie is Secure (with the `__Secure-` /
 * `__Host-` prefixes). The app's reading of the one test (https-site.cjs), for headers and
 * cookies alike; next.config.js and the launcher apply the same test to their own copy of the setting.
 */
export function servedOverHttps(): boolean {
  return isHttpsSite(setting("NEXTAUTH_URL"));
}
