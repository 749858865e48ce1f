import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { describe, expect, test } from "vitest";
import { classifyEvidence, SNIFF_BYTES, type EvidenceClass } from "./classify-evidence";
import { classifyMagic } from "./magic";

// file-type is kept only as a test oracle: classifyEvidence used to call it
// (async) and map its mime as below. The owned magic table must agree with that
// mapping on every file of the corpus.

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
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ext: "xlsx",
  },
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
const isOffice = (mime: string) =>
  mime.startsWith("application/vnd.openxmlformats-officedocument") ||
  mime.startsWith("application/vnd.ms-") ||
  mime.startsWith("application/vnd.oasis.opendocument") ||
  mime === "application/msword" ||
  mime === "application/x-cfb" ||
  mime === "application/rtf";
const isMp3 = (head: Uint8Array) =>
  (head[0] === 0x49 && head[1] === 0x44 && head[2] === 0x33) ||
  (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0 && ((head[1] ?? 0) & 0x06) === 0x02);

/** The previous verdict's category: the accepted mime, a refusal code, or "text" where file-type saw nothing. */
async function oracle(head: Uint8Array): Promise<string> {
  if (head.length === 0) return "empty";
  const detected = await fileTypeFromBuffer(head);
  if (!detected) return "text";
  const allowed = ALLOWED[detected.mime];
  if (allowed && (detected.mime !== "audio/mpeg" || isMp3(head))) return allowed.mime;
  if (EXECUTABLE.has(detected.mime)) return "executable";
  if (isOffice(detected.mime)) return "office";
  if (ARCHIVE.has(detected.mime)) return "archive";
  if (MARKUP.has(detected.mime)) return "markup";
  return "unsupported";
}

/** Where file-type saw nothing, the same text rules decided before and now: text, markup, empty or unsupported. */
function category(verdict: EvidenceClass): string {
  if (!verdict.ok) return verdict.code;
  return verdict.mime.startsWith("text/") ? "text" : verdict.mime;
}

const dir = path.join(import.meta.dirname, "__fixtures__");
const files = readdirSync(dir).sort();

describe("classifyEvidence agrees with the file-type mapping it replaced", () => {
  test("the corpus is there", () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  test.each(files)("%s", async (name) => {
    const head = readFileSync(path.join(dir, name)).subarray(0, SNIFF_BYTES);
    const expected = await oracle(head);
    const actual = category(classifyEvidence(head));
    agree(head, expected, actual);
  });
});

function agree(head: Uint8Array, expected: string, actual: string) {
  if (expected === "text") {
    // file-type saw no format, so neither may the magic table; the text rules decide as before.
    expect(classifyMagic(head)).toBeUndefined();
    expect(["text", "markup", "empty", "unsupported"]).toContain(actual);
  } else expect(actual).toBe(expected);
}

// Heads for table rows the corpus has no file for, built here byte by byte.
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part))));
const pad = (head: Buffer, length = 600) =>
  Buffer.concat([head, Buffer.alloc(Math.max(0, length - head.length), 0x01)]);
const le16 = (n: number) => [n & 0xff, n >> 8];
/** One stored (uncompressed) zip entry: local file header, name, data. */
const zipEntry = (name: string, data: string) =>
  bytes(
    [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0],
    [...le16(data.length), 0, 0],
    [...le16(data.length), 0, 0],
    [...le16(name.length), 0, 0],
    name,
    data,
  );
const XLSX_TYPES =
  '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';
const XLSM_TYPES =
  '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>';
const ftyp = (brand: string) => pad(bytes([0, 0, 0, 0x18], "ftyp", brand, [0, 0, 0, 0], brand, "mp41"));

describe("the magic table agrees with file-type on heads made here", () => {
  test.each([
    ["gzip", pad(bytes([0x1f, 0x8b, 0x08, 0x00]))],
    ["bzip2", pad(bytes("BZh91AY&SY"))],
    ["xz", pad(bytes([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00]))],
    ["zstd", pad(bytes([0x28, 0xb5, 0x2f, 0xfd]))],
    ["7z", pad(bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]))],
    ["rar", pad(bytes("Rar!", [0x1a, 0x07, 0x01, 0x00]))],
    ["OLE2", pad(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))],
    ["RTF", bytes("{\\rtf1\\ansi hello}")],
    ["wasm", pad(bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0, 0, 0]))],
    ["Mach-O 64", pad(bytes([0xcf, 0xfa, 0xed, 0xfe, 0x07, 0, 0, 0x01]))],
    ["xlsx", pad(Buffer.concat([zipEntry("[Content_Types].xml", XLSX_TYPES), zipEntry("xl/workbook.xml", "<x/>")]))],
    ["xlsm", pad(Buffer.concat([zipEntry("[Content_Types].xml", XLSM_TYPES), zipEntry("xl/workbook.xml", "<x/>")]))],
    ["odt", pad(zipEntry("mimetype", "application/vnd.oasis.opendocument.text"))],
    ["plain zip", pad(zipEntry("notes.txt", "hello"))],
    ["HEIF (mif1)", ftyp("mif1")],
    ["M4A", ftyp("M4A ")],
    ["MP4 (mp42)", ftyp("mp42")],
    ["QuickTime", ftyp("qt  ")],
    ["bare MP3 frame", pad(bytes([0xff, 0xfb, 0x90, 0x64]))],
    ["PNG", pad(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR"))],
    // one IFD with one entry (NewSubfileType), zero-padded: file-type reads the IFD
    [
      "TIFF",
      Buffer.concat([
        bytes([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 1, 0, 0, 1, 3, 0, 1, 0, 0, 0, 0x10, 0, 0, 0]),
        Buffer.alloc(600),
      ]),
    ],
    ["Ogg", pad(bytes("OggS", [0x00, 0x02]))],
    ["FLAC", pad(bytes("fLaC", [0x00, 0, 0, 0x22]))],
  ])("%s", async (_name, head) => {
    agree(head, await oracle(head), category(classifyEvidence(head)));
  });
});
