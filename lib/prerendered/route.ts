// Which requests get a prerendered public page (app/prerendered/[locale]) instead of the page
// rendered per request. No database, no server-only imports: proxy.ts runs this on every page.
import { LOCALE_COOKIE, locales, resolveLocale } from "@/lib/i18n/config";
import type { Locale } from "@/lib/i18n/translator";

/** The public pages that have a prerendered variant per language. */
export const PRERENDERED_PAGES = [
  "/",
  "/calculator",
  "/sign-in",
  // First aid's first screen per kind (lib/first-aid FIRST_AID_SLUGS; route.test.ts keeps them equal).
  "/first-aid/fraud",
  "/first-aid/account-theft",
  "/first-aid/misdirected-transfer",
  "/first-aid/merchant-dispute",
  "/first-aid/account-restricted",
  "/first-aid/judicial-freeze",
] as const;

/**
 * proxy.ts puts the language of the prerendered page to serve in this request header, and
 * strips it from every other request; a rewrite in next.config.js then serves that page.
 * (A rewrite from the proxy itself makes Next run the proxy a second time, on the new path.)
 */
export const PRERENDERED_LOCALE_HEADER = "x-recourse-prerendered-locale";

// next-auth v4's session cookie, `__Secure-` over https, `.0`, `.1`… when chunked.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export type PageRequest = {
  pathname: string;
  /** The query, without Next's own `_rsc` (the proxy sees it already stripped). */
  searchParams: URLSearchParams;
  cookies: ReadonlyMap<string, string>;
  /** The browser's Accept-Language: the language of a first visit, before any cookie. */
  acceptLanguage?: string | null;
};

export type PrerenderedPage = { locale: Locale; path: string };

/** Where `next build` put a public page's variant for a language: `/prerendered/en/calculator`. */
export function prerenderedPagePath(page: (typeof PRERENDERED_PAGES)[number], locale: Locale): string {
  return `/prerendered/${locale}${page === "/" ? "" : page}`;
}

/**
 * The prerendered page for this request, or null when it must be rendered per request: any
 * query (calculator results depend on it and on now; sign-in shows ?error=) and any session
 * cookie (the header names the user; sign-in sends them on) — valid or not, that is for the
 * per-request page to decide. The language is the cookie's, else Accept-Language's, as on
 * every other page.
 */
export function prerenderedPage({
  pathname,
  searchParams,
  cookies,
  acceptLanguage,
}: PageRequest): PrerenderedPage | null {
  const page = PRERENDERED_PAGES.find((p) => p === pathname);
  if (!page || searchParams.size > 0) return null;
  for (const name of cookies.keys()) if (SESSION_COOKIE.test(name)) return null;
  const locale = resolveLocale(cookies.get(LOCALE_COOKIE), acceptLanguage);
  return { locale, path: prerenderedPagePath(page, locale) };
}

const PRERENDERED_PATHS: ReadonlySet<string> = new Set(
  locales.flatMap((locale) => PRERENDERED_PAGES.map((page) => prerenderedPagePath(page, locale))),
);

/**
 * Whether `pathname` is itself a prerendered page's URL (`/prerendered/en/calculator`). Nobody
 * links to these; a visitor who asks for one directly gets the same public page.
 */
export function isPrerenderedPath(pathname: string): boolean {
  return PRERENDERED_PATHS.has(pathname);
}
