// Whether the app is served over https, decided once. CommonJS, like static-headers.cjs, so that
// every reader loads it as it is: next.config.js (CommonJS, no TypeScript), the launcher
// (scripts/server.mjs, plain Node) and the app (lib/security/headers.ts servedOverHttps,
// lib/auth/session-cookie.ts).

/**
 * The site's public origin (NEXTAUTH_URL) is https: HSTS is sent, and every cookie is Secure
 * with the `__Secure-` / `__Host-` prefixes. Unset (http://localhost) is not.
 * @param {string | null | undefined} siteUrl
 * @returns {boolean}
 */
function isHttpsSite(siteUrl) {
  return (siteUrl ?? "").startsWith("https://");
}

/**
 * The session cookie as next-auth v4 names it: `__Secure-` prefixed over https, plain otherwise.
 * @param {boolean} https
 * @returns {string}
 */
function sessionCookieNameFor(https) {
  return `${https ? "__Secure-" : ""}next-auth.session-token`;
}

module.exports = { isHttpsSite, sessionCookieNameFor };
