import type { Locale } from "@/lib/i18n/translator";
// A printable document as data: the case summary and the letters are built as this,
// then rendered twice (HTML for the screen and the printer, PDF for handing over),
// so the two can never say different things.

export type PrintBlock =
  | { readonly type: "heading"; readonly text: string }
  | { readonly type: "paragraph"; readonly text: string }
  /** label/value pairs, e.g. the case's facts */
  | { readonly type: "facts"; readonly rows: readonly (readonly [string, string])[] }
  | {
      readonly type: "table";
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** relative column widths; equal when absent */
      readonly widths?: readonly number[];
    }
  /** a hash or a command: kept on one line, never hyphenated */
  | { readonly type: "code"; readonly text: string };

export interface PrintDoc {
  readonly locale: Locale;
  readonly title: string;
  /** a line under the title: who made it and when */
  readonly subtitle?: string;
  readonly blocks: readonly PrintBlock[];
  /** printed at the foot of every PDF page */
  readonly footer?: string;
}

/** Plain text: paragraphs separated by blank lines (the letters' editable form is this). */
export function printDocFromText(locale: Locale, title: string, text: string): PrintDoc {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((p) => p.replace(/^\n+|\n+$/g, ""))
    .filter((p) => p.trim().length > 0)
    .map((p): PrintBlock => ({ type: "paragraph", text: p }));
  return { locale, title, blocks };
}
