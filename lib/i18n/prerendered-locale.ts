import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale } from "./config";
import type { Locale } from "./translator";

/**
 * The language of a page prerendered per locale (app/prerendered/[locale]), from its URL
 * segment instead of the cookie, handed to next-intl before anything translates. Layouts,
 * pages and generateMetadata render independently: each calls this first.
 */
export async function prerenderedLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
