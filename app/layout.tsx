import type { ReactNode } from "react";
import "./globals.css";

// Passes through: the document (<html>, header, language) is rendered one level down, by
// app/session-document.tsx for pages rendered per request and by app/prerendered/[locale]
// for the public pages built once per language (docs/decisions/0018-prerendered-public-pages.md).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
