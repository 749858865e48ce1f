// Which messages reach the browser. Every client component translates through the
// NextIntlClientProvider above it, and what that provider holds is inlined into every page:
// the whole catalog was a third of "My cases" (issue 23). The document's provider holds the
// namespace every page's client parts use (the error page's); a page adds its own, form errors
// included, with <ClientMessages> (components/layout/client-messages.tsx).
// lib/i18n/client-namespaces.test.ts reads each page's import graph and fails when a client
// component could ask for a key its page does not provide.

/** What the document's provider holds on every page rendered per request. */
export const DOCUMENT_NAMESPACES = ["common"] as const;

type Messages = Record<string, unknown>;

/**
 * The catalog cut to `paths` ("workspace" or "workspace.state"), nested as in the catalog; a path
 * the catalog does not have is left out (the test above catches a misspelt one).
 */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const dotted of paths) {
    const parts = dotted.split(".");
    let from: unknown = messages;
    for (const part of parts) from = typeof from === "object" && from !== null ? (from as Messages)[part] : undefined;
    if (from === undefined) continue;
    let into = picked;
    for (const part of parts.slice(0, -1)) {
      const next = into[part];
      into = (into[part] = typeof next === "object" && next !== null ? next : {}) as Messages;
    }
    into[parts.at(-1) ?? ""] = from;
  }
  return picked;
}
