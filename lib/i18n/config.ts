import type { Locale } from "./translator";

// Chinese first: most users are in mainland China. English second.
export const locales = ["zh-CN", "en"] as const;
export const defaultLocale: Locale = "zh-CN";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** How long a language choice (the visitor's, or the one Accept-Language made for them) sticks. */
export const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 3600;
export const defaultTimeZone = "Asia/Shanghai";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * The language for a visitor who has not chosen one yet, from their browser's
 * Accept-Language: the most preferred tag we can serve wins (zh* → zh-CN, en* → en), in
 * q order, then header order; nothing we serve (or no header) → zh-CN. Pure, so the proxy,
 * route handlers and the request config agree.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(",")
    .slice(0, 32)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      const weight = q === undefined ? 1 : Number(q);
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return defaultLocale;
}

/** The chosen language (the cookie) if there is one, else the browser's. */
export function resolveLocale(cookie: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(acceptLanguage);
}
