import { isUtf8 } from "node:buffer";
import { classifyMagic } from "./magic";

/** How many leading bytes the ingest keeps for sniffing; classifyEvidence sees no more. */
export const SNIFF_BYTES = 4096;

export type EvidenceClass = { ok: true; mime: string; ext: string } | { ok: false; code: EvidenceRefusal };

/** Stable refusal codes; each has a message under `evidence.refused.<code>`. */
export type EvidenceRefusal = "empty" | "executable" | "archive" | "office" | "markup" | "unsupported";

/**
 * Decides what a file is from its first bytes alone (head = the first
 * SNIFF_BYTES, or the whole file if shorter). The name and the client's MIME
 * type are never consulted: a renamed ELF is an ELF. Synchronous and pure:
 * binary formats by the magic-byte table in ./magic, then markup, then text.
 * Text is accepted only when it decodes cleanly and does not start with `<`.
 */
export function classifyEvidence(head: Uint8Array): EvidenceClass {
  if (head.length === 0) return { ok: false, code: "empty" };
  const magic = classifyMagic(head);
  if (magic) return magic;
  if (isMarkup(head)) return { ok: false, code: "markup" };
  return classifyText(head);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// GB18030 encodes U+FEFF as 84 31 95 33.
const GB18030_BOM = [0x84, 0x31, 0x95, 0x33];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

// An XML prolog, SVG or HTML in any case, after a UTF-8 BOM and ASCII whitespace.
// Caught here even when the rest of the head has control bytes; any other `<` is
// refused by the text rules below.
const MARKUP_STARTS = ["<?xml", "<svg", "<!doctype", "<html", "<head", "<body", "<script", "<!--"];

function isMarkup(head: Uint8Array): boolean {
  let i = startsWith(head, UTF8_BOM) ? 3 : 0;
  while (i < head.length && [0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(head[i] ?? 0)) i++;
  const start = String.fromCharCode(...head.subarray(i, i + 9)).toLowerCase();
  return MARKUP_STARTS.some((tag) => start.startsWith(tag));
}

function classifyText(head: Uint8Array): EvidenceClass {
  // Control bytes (NUL, ESC, DEL…) mean binary: neither UTF-8 nor GB18030 text has them.
  for (const b of head) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) {
      return { ok: false, code: "unsupported" };
    }
  }
  const truncated = head.length >= SNIFF_BYTES;
  const charset = decodes(head, truncated);
  if (!charset) return { ok: false, code: "unsupported" };
  const body = startsWith(head, UTF8_BOM) ? head.subarray(3) : startsWith(head, GB18030_BOM) ? head.subarray(4) : head;
  const text = charset.decoder.decode(body);
  const first = text.trimStart()[0];
  // HTML, SVG, XML in any spelling begin with `<` once the BOM and whitespace are gone.
  if (first === undefined) return { ok: false, code: "empty" };
  if (first === "<" || first === "\uff1c") return { ok: false, code: "markup" };
  const csv = looksLikeCsv(text, truncated);
  return { ok: true, mime: `${csv ? "text/csv" : "text/plain"}; charset=${charset.name}`, ext: csv ? "csv" : "txt" };
}

/**
 * UTF-8 first (ASCII is UTF-8), then GB18030, the superset of GBK that chat
 * exports and Alipay bills use. A head cut at SNIFF_BYTES may end inside a
 * character: up to 3 trailing bytes may then be dropped before deciding.
 */
function decodes(head: Uint8Array, truncated: boolean): { name: string; decoder: TextDecoder } | undefined {
  const cuts = truncated ? [0, 1, 2, 3] : [0];
  for (const cut of cuts) {
    const part = head.subarray(0, head.length - cut);
    if (isUtf8(part)) return { name: "utf-8", decoder: new TextDecoder("utf-8", { ignoreBOM: false }) };
  }
  for (const cut of cuts) {
    try {
      new TextDecoder("gb18030", { fatal: true }).decode(head.subarray(0, head.length - cut));
      return { name: "gb18030", decoder: new TextDecoder("gb18030") };
    } catch {
      // not GB18030 with this cut; try the next
    }
  }
  return undefined;
}

/** At least two whole lines with the same, non-zero number of commas. */
function looksLikeCsv(text: string, truncated: boolean): boolean {
  const lines = text.split(/\r?\n/);
  if (truncated) lines.pop(); // the last line of a cut head is partial
  const rows = lines.filter((line) => line.trim() !== "");
  if (rows.length < 2) return false;
  const commas = (line: string) => line.split(",").length - 1;
  const first = commas(rows[0] ?? "");
  return first > 0 && rows.every((row) => commas(row) === first);
}
