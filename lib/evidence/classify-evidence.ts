import { isUtf8 } from "node:buffer";
import { fileTypeFromBuffer } from "file-type";

/** How many leading bytes the ingest keeps for sniffing; classifyEvidence sees no more. */
export const SNIFF_BYTES = 4096;

export type EvidenceClass = { ok: true; mime: string; ext: string } | { ok: false; code: EvidenceRefusal };

/** Stable refusal codes; each has a message under `evidence.refused.<code>`. */
export type EvidenceRefusal = "empty" | "executable" | "archive" | "office" | "markup" | "unsupported";

// What file-type detects and we keep, by its mime. Its own ext is reused except
// where it names a container brand rather than what a person calls the file.
const ALLOWED: Readonly<Record<string, { mime: string; ext: string }>> = {
  "image/jpeg": { mime: "image/jpeg", ext: "jpg" },
  "image/png": { mime: "image/png", ext: "png" },
  "image/webp": { mime: "image/webp", ext: "webp" },
  "image/heic": { mime: "image/heic", ext: "heic" },
  "image/heif": { mime: "image/heif", ext: "heic" },
  "application/pdf": { mime: "application/pdf", ext: "pdf" },
  "audio/mpeg": { mime: "audio/mpeg", ext: "mp3" },
  "audio/x-m4a": { mime: "audio/mp4", ext: "m4a" },
  "audio/mp4": { mime: "audio/mp4", ext: "m4a" },
  "video/mp4": { mime: "video/mp4", ext: "mp4" },
};

const EXECUTABLE = new Set([
  "application/x-elf",
  "application/x-msdownload",
  "application/x-mach-binary",
  "application/x-executable",
  "application/x-sharedlib",
  "application/wasm",
  "application/java-vm",
  "application/x-dex",
]);
const ARCHIVE = new Set([
  "application/zip",
  "application/gzip",
  "application/x-tar",
  "application/x-7z-compressed",
  "application/x-rar-compressed",
  "application/vnd.rar",
  "application/x-bzip2",
  "application/x-xz",
  "application/zstd",
  "application/x-lzip",
  "application/x-compress",
  "application/x-cpio",
  "application/x-iso9660-image",
  "application/vnd.android.package-archive",
  "application/java-archive",
]);
const MARKUP = new Set(["application/xml", "image/svg+xml", "text/html", "application/xhtml+xml"]);

function isOffice(mime: string): boolean {
  return (
    mime.startsWith("application/vnd.openxmlformats-officedocument") ||
    mime.startsWith("application/vnd.ms-") ||
    mime.startsWith("application/vnd.oasis.opendocument") ||
    mime === "application/msword" ||
    mime === "application/x-cfb" ||
    mime === "application/rtf"
  );
}

/**
 * Decides what a file is from its first bytes alone (head = the first
 * SNIFF_BYTES, or the whole file if shorter). The name and the client's MIME
 * type are never consulted: a renamed ELF is an ELF. `undefined` from
 * file-type is not "safe": it is also what HTML and bare SVG give, so text is
 * accepted only when it decodes cleanly and does not start with `<`.
 */
export async function classifyEvidence(head: Uint8Array): Promise<EvidenceClass> {
  if (head.length === 0) return { ok: false, code: "empty" };
  const detected = await fileTypeFromBuffer(head);
  if (detected) {
    const allowed = ALLOWED[detected.mime];
    if (allowed && (detected.mime !== "audio/mpeg" || isMp3(head))) return { ok: true, ...allowed };
    if (EXECUTABLE.has(detected.mime)) return { ok: false, code: "executable" };
    if (isOffice(detected.mime)) return { ok: false, code: "office" };
    if (ARCHIVE.has(detected.mime)) return { ok: false, code: "archive" };
    if (MARKUP.has(detected.mime)) return { ok: false, code: "markup" };
    return { ok: false, code: "unsupported" };
  }
  return classifyText(head);
}

/**
 * file-type reports any MPEG audio frame sync as audio/mpeg, and a UTF-16LE
 * byte-order mark (FF FE) is one: Layer I. Keep ID3-tagged files and bare
 * Layer III frames (what phones and recorders write), nothing else.
 */
function isMp3(head: Uint8Array): boolean {
  if (head[0] === 0x49 && head[1] === 0x44 && head[2] === 0x33) return true; // "ID3"
  return head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0 && ((head[1] ?? 0) & 0x06) === 0x02;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// GB18030 encodes U+FEFF as 84 31 95 33.
const GB18030_BOM = [0x84, 0x31, 0x95, 0x33];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
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
