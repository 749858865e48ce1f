import type { ReactNode } from "react";
import { type Messages, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/site-header";

/**
 * The whole HTML document around every page. The root layout (app/layout.tsx) passes
 * children through, so that the prerendered public pages can render this document without
 * reading the session or a cookie; every other page gets it from app/session-document.tsx.
 */
export async function SiteDocument({
  locale,
  userEmail,
  clientNamespaces,
  setLocale,
  children,
}: {
  locale: string;
  userEmail: string | null;
  /** The language menu's server action (app/actions.ts): components never import app/. */
  setLocale: (locale: string) => Promise<void>;
  /** The message namespaces the page's client components use; all of them when absent. */
  clientNamespaces?: readonly (keyof Messages)[];
  children: ReactNode;
}) {
  const [t, messages] = await Promise.all([getTranslations("common"), getMessages()]);
  const clientMessages = clientNamespaces
    ? Object.fromEntries(clientNamespaces.map((namespace) => [namespace, messages[namespace]]))
    : messages;
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader userEmail={userEmail} locale={locale} setLocale={setLocale} />
          <main id="main" className="mx-auto w-full max-w-4xl px-4 py-8">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

export async function siteMetadata() {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}
