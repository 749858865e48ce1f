import { createTranslator } from "next-intl";
import { setting } from "@/lib/env";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";
import enMessages from "@/lib/i18n/messages/en.json";
import zhMessages from "@/lib/i18n/messages/zh-CN.json";
import { isCrossSiteWrite } from "./request-guard.mjs";

const MESSAGES = { "zh-CN": zhMessages, en: enMessages } as const;

function cookieLocale(request: Request): Locale {
  const value = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return isLocale(value) ? value : defaultLocale;
}

/**
 * Whether a write comes from a page of another origin (Origin / Sec-Fetch-Site). The session
 * cookie is SameSite=Lax, which still goes along with a POST from another port or subdomain
 * of the same site: the cookie alone must never be enough to change anything.
 */
export function isForeignWrite(request: Request): boolean {
  return isCrossSiteWrite({
    method: request.method,
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
    host: request.headers.get("host") ?? new URL(request.url).host,
    siteOrigin: setting("NEXTAUTH_URL") ?? null,
  });
}

/**
 * Every state-changing route handler starts with this: a 403 with a translated message for a
 * foreign write, or null to go on.
 */
export function crossSiteRefusal(request: Request): Response | null {
  if (!isForeignWrite(request)) return null;
  const locale = cookieLocale(request);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "errors" });
  return Response.json(
    { error: { code: "cross_site", message: t("crossSite") } },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}
