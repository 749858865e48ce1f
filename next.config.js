// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The one list of fixed security headers (proxy.ts and the launcher's request guard send the
// same); lib/security/headers.test.ts checks that this config sends it.
const { staticSecurityHeaders } = require("./lib/security/static-headers.cjs");
// "Served over https": the one test, shared with the app and the launcher.
const { isHttpsSite } = require("./lib/security/https-site.cjs");

const securityHeaders = staticSecurityHeaders({ https: isHttpsSite(process.env.NEXTAUTH_URL) });

// proxy.ts names the language of a prerendered public page in this request header (and strips
// it from every other request); these rewrites then serve the page built for that language
// (docs/decisions/0018-prerendered-public-pages.md). Mirrors lib/prerendered/route.ts, kept
// equal by tests/prerendered-routing.test.ts. A rewrite here, unlike one returned by the
// proxy, does not make Next run the proxy a second time.
const PRERENDERED_LOCALE_HEADER = "x-recourse-prerendered-locale";
const prerenderedRewrites = [
  "/",
  "/calculator",
  "/sign-in",
  "/first-aid/fraud",
  "/first-aid/account-theft",
  "/first-aid/misdirected-transfer",
  "/first-aid/merchant-dispute",
  "/first-aid/account-restricted",
  "/first-aid/judicial-freeze",
].map((page) => ({
  source: page,
  has: [{ type: /** @type {const} */ ("header"), key: PRERENDERED_LOCALE_HEADER, value: "(?<locale>zh-CN|en)" }],
  destination: `/prerendered/:locale${page === "/" ? "" : page}`,
}));

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The launcher and tests import these as plain Node modules; keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "nodemailer", "tinypool"],
  async rewrites() {
    return { beforeFiles: prerenderedRewrites };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
