import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { SiteDocument, siteMetadata } from "@/components/layout/site-document";
import { getSessionUser } from "@/lib/auth";
import { DOCUMENT_NAMESPACES } from "@/lib/i18n/client-messages";
import { setLocale } from "./actions";

// The document of every page rendered per request: the session decides the header, the
// locale cookie the language. Each top-level segment's layout renders it (app/layout.tsx
// cannot: the prerendered public pages must not read either); lib/prerendered/app-documents.test.ts
// checks that no page is left without a document.

export async function SessionDocument({ children }: { children: ReactNode }) {
  const [locale, user] = await Promise.all([getLocale(), getSessionUser()]);
  return (
    // Only what every page's client parts use: a page adds its own (lib/i18n/client-messages.ts).
    <SiteDocument
      locale={locale}
      userEmail={user?.email ?? null}
      setLocale={setLocale}
      clientNamespaces={DOCUMENT_NAMESPACES}
    >
      {children}
    </SiteDocument>
  );
}

export async function generateSessionMetadata(): Promise<Metadata> {
  return siteMetadata();
}
