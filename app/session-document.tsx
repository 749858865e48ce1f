import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { SiteDocument, siteMetadata } from "@/components/layout/site-document";
import { getSessionUser } from "@/lib/auth";
import { setLocale } from "./actions";

// The document of every page rendered per request: the session decides the header, the
// locale cookie the language. Each top-level segment's layout renders it (app/layout.tsx
// cannot: the prerendered public pages must not read either); lib/prerendered/app-documents.test.ts
// checks that no page is left without a document.

export async function SessionDocument({ children }: { children: ReactNode }) {
  const [locale, user] = await Promise.all([getLocale(), getSessionUser()]);
  return (
    <SiteDocument locale={locale} userEmail={user?.email ?? null} setLocale={setLocale}>
      {children}
    </SiteDocument>
  );
}

export async function generateSessionMetadata(): Promise<Metadata> {
  return siteMetadata();
}
