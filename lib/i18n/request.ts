import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, defaultTimeZone, isLocale, resolveLocale } from "./config";

// No locale in the URL: the choice lives in a cookie; before there is one, the browser's
// Accept-Language decides (proxy.ts also sets the cookie from it on the first visit). The
// prerendered public pages (app/prerendered/[locale]) name their locale with setRequestLocale
// instead, so building them reads no cookie.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : await localeFromCookie();
  const messages = (await import(`./messages/${locale}.json`)) as { default: Record<string, unknown> };
  return { locale, messages: messages.default, timeZone: defaultTimeZone };
});

async function localeFromCookie() {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return resolveLocale(fromCookie, (await headers()).get("accept-language"));
}
