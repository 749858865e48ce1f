// The security headers that do not change per response: the one list. CommonJS, so that all
// three senders load it as it is: next.config.js (CommonJS, no TypeScript), the launcher's
// request guard (plain Node, lib/security/request-guard.mjs) and proxy.ts (through
// lib/security/headers.ts).

/**
 * Headers that do not change per response: set on everything, static files included.
 * @param {{ https?: boolean }} [options] https: NEXTAUTH_URL is https (adds HSTS)
 * @returns {Array<{ key: string, value: string }>}
 */
function staticSecurityHeaders({ https = false } = {}) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}

module.exports = { staticSecurityHeaders };
