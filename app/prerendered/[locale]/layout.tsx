import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteDocument, siteMetadata } from "@/components/layout/site-document";
import { locales } from "@/lib/i18n/config";
import type { Locale } from "@/lib/i18n/translator";
import { prerenderedLocale } from "@/lib/i18n/prerendered-locale";
import { setLocale } from "../../actions";

// The public pages as a visitor without a session sees them, built once per language at
// `next build`. Nobody links to these URLs: proxy.ts rewrites `/`, `/calculator` and
// `/sign-in` here by the locale cookie (docs/decisions/0018-prerendered-public-pages.md).
// "error": a cookie, header or session read anywhere below fails the build instead of
// quietly making these pages per-request again.
export const dynamic = "error";
export const dynamicParams = false;

export function generateStaticParams(): Array<{ locale: Locale }> {
  return locales.map((locale) => ({ locale }));
}

type Params = { params: Promise<{ locale: string }> };

// What the client components of these pages translate (the sign-in forms, the error page):
// the rest of the app's messages would be most of each page's weight.
const CLIENT_NAMESPACES = ["common", "nav", "auth", "errors"] as const;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await prerenderedLocale(params);
  return siteMetadata();
}

export default async function PrerenderedLayout({ children, params }: Params & { children: ReactNode }) {
  const locale = await prerenderedLocale(params);
  return (
    <SiteDocument locale={locale} userEmail={null} clientNamespaces={CLIENT_NAMESPACES} setLocale={setLocale}>
      {children}
    </SiteDocument>
  );
}
