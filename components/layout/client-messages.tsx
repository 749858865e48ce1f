import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { DOCUMENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";

/**
 * The messages a page's client components translate, on top of the document's: wrap the page's
 * content in it, naming the namespaces (or sub-paths, "workspace.state") they use. The provider
 * replaces the document's below it, so the document's namespaces are repeated here.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, [...DOCUMENT_NAMESPACES, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
