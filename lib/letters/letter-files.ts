import "server-only";
import { renderPdf } from "@/lib/export";
import { printDocFromText } from "@/lib/export/pure";
import type { LetterDraftView } from "./get-letter-draft";

// Downloads of a letter: the bundle's PDF path (same font, same wrapping) and plain text.

export async function letterPdf(letter: Pick<LetterDraftView, "locale" | "title" | "text">): Promise<Buffer> {
  // The text's first paragraph repeats the title (it is part of what the user edits); print it once.
  const body = letter.text.startsWith(letter.title) ? letter.text.slice(letter.title.length) : letter.text;
  return renderPdf(printDocFromText(letter.locale, letter.title, body));
}

/** UTF-8 with a BOM and CRLF line ends: Windows Notepad shows Chinese and line breaks correctly. */
export function letterText(letter: Pick<LetterDraftView, "text">): Buffer {
  return Buffer.from("\ufeff" + letter.text.replace(/\r?\n/g, "\r\n"), "utf8");
}

export function letterFileName(letter: Pick<LetterDraftView, "title" | "version">, ext: "pdf" | "txt"): string {
  return `${letter.title}${letter.version ? `-v${letter.version}` : ""}.${ext}`;
}
