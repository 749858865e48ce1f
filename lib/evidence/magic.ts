import { constants, inflateRawSync } from "node:zlib";
import type { EvidenceClass } from "./classify-evidence";

// The magic-byte table classifyEvidence decides binary formats with. It is ours
// and deliberately small: every format a case accepts, every format refused
// with its own message, and a few common media refused as "unsupported".
// Anything not listed falls through to the text rules, which refuse binary.
// The verdicts match what file-type gave for the same heads (checked against it
// over the fixture corpus and some made-up heads in
// classify-evidence.oracle.test.ts), with deliberate differences: HEIF
// sequences (hevc, hevx, msf1) and heim/heis are HEIC, M4V brands are MP4 (both
// were refused before), an ftyp brand not listed is refused (file-type called
// it video/mp4), an animated PNG is a PNG, and a zip holding word/, xl/ or ppt/
// is Office even without a readable [Content_Types].xml (file-type: zip, or
// for xl/ after an unreadable [Content_Types].xml, xlsx). The one Office format
// taken is the xlsx workbook — WeChat Pay exports its bill as one — and only when
// its [Content_Types].xml, read from the head, names the workbook part's type.

type Pattern = { at: number; bytes: readonly number[] };

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
const sig = (bytes: readonly number[] | string, at = 0): Pattern => ({
  at,
  bytes: typeof bytes === "string" ? ascii(bytes) : bytes,
});

function matches(head: Uint8Array, { at, bytes }: Pattern): boolean {
  return head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
}

const ok = (mime: string, ext: string): EvidenceClass => ({ ok: true, mime, ext });
const EXECUTABLE: EvidenceClass = { ok: false, code: "executable" };
const ARCHIVE: EvidenceClass = { ok: false, code: "archive" };
const OFFICE: EvidenceClass = { ok: false, code: "office" };
const UNSUPPORTED: EvidenceClass = { ok: false, code: "unsupported" };

/** Fixed signatures, first match wins. ISO-BMFF, zip and MPEG audio need more than a prefix: see below. */
const TABLE: ReadonlyArray<{ name: string; any: readonly Pattern[]; verdict: EvidenceClass }> = [
  // Accepted
  { name: "JPEG", any: [sig([0xff, 0xd8, 0xff])], verdict: ok("image/jpeg", "jpg") },
  { name: "PNG", any: [sig([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], verdict: ok("image/png", "png") },
  { name: "PDF", any: [sig("%PDF-")], verdict: ok("application/pdf", "pdf") },
  { name: "MP3 with an ID3v2 tag", any: [sig("ID3")], verdict: ok("audio/mpeg", "mp3") },
  // Executables: ELF, PE/DOS (MZ), Mach-O 32/64 both byte orders, wasm, dex.
  // CA FE BA BE is both a Java class and a universal Mach-O: executable either way.
  { name: "ELF", any: [sig([0x7f, 0x45, 0x4c, 0x46])], verdict: EXECUTABLE },
  { name: "PE / DOS", any: [sig("MZ")], verdict: EXECUTABLE },
  {
    name: "Mach-O / Java class",
    any: [
      sig([0xfe, 0xed, 0xfa, 0xce]),
      sig([0xfe, 0xed, 0xfa, 0xcf]),
      sig([0xce, 0xfa, 0xed, 0xfe]),
      sig([0xcf, 0xfa, 0xed, 0xfe]),
      sig([0xca, 0xfe, 0xba, 0xbe]),
    ],
    verdict: EXECUTABLE,
  },
  { name: "WebAssembly", any: [sig([0x00, 0x61, 0x73, 0x6d])], verdict: EXECUTABLE },
  { name: "Android dex", any: [sig("dex\n")], verdict: EXECUTABLE },
  // Archives (zip is handled by zipVerdict, which looks inside for Office documents)
  { name: "gzip", any: [sig([0x1f, 0x8b, 0x08])], verdict: ARCHIVE },
  { name: "Unix compress", any: [sig([0x1f, 0x9d]), sig([0x1f, 0xa0])], verdict: ARCHIVE },
  { name: "bzip2", any: [sig("BZh")], verdict: ARCHIVE },
  { name: "xz", any: [sig([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])], verdict: ARCHIVE },
  { name: "zstd", any: [sig([0x28, 0xb5, 0x2f, 0xfd])], verdict: ARCHIVE },
  { name: "lzip", any: [sig("LZIP")], verdict: ARCHIVE },
  { name: "7z", any: [sig([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])], verdict: ARCHIVE },
  { name: "rar", any: [sig([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])], verdict: ARCHIVE },
  { name: "tar (POSIX ustar)", any: [sig("ustar", 257)], verdict: ARCHIVE },
  {
    name: "cpio",
    any: [sig("070701"), sig("070702"), sig("070707"), sig([0xc7, 0x71]), sig([0x71, 0xc7])],
    verdict: ARCHIVE,
  },
  // Office outside zip: OLE2 compound file (.doc .xls .ppt .msg) and RTF
  { name: "OLE2", any: [sig([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], verdict: OFFICE },
  { name: "RTF", any: [sig("{\\rtf")], verdict: OFFICE },
  // Media a case does not take
  { name: "GIF", any: [sig("GIF87a"), sig("GIF89a")], verdict: UNSUPPORTED },
  { name: "BMP", any: [sig("BM")], verdict: UNSUPPORTED },
  { name: "TIFF", any: [sig([0x49, 0x49, 0x2a, 0x00]), sig([0x4d, 0x4d, 0x00, 0x2a])], verdict: UNSUPPORTED },
  // RIFF other than WebP (riffVerdict runs first)
  { name: "RIFF (WAV, AVI…)", any: [sig("RIFF")], verdict: UNSUPPORTED },
  { name: "Ogg", any: [sig("OggS")], verdict: UNSUPPORTED },
  { name: "FLAC", any: [sig("fLaC")], verdict: UNSUPPORTED },
  { name: "Matroska / WebM", any: [sig([0x1a, 0x45, 0xdf, 0xa3])], verdict: UNSUPPORTED },
  { name: "Flash video", any: [sig("FLV\x01")], verdict: UNSUPPORTED },
  { name: "Photoshop", any: [sig("8BPS")], verdict: UNSUPPORTED },
];

/** ISO base media (HEIC, M4A, MP4…): a `ftyp` box first, its major brand names the format. */
const BRANDS: Readonly<Record<string, EvidenceClass>> = {
  // HEIF stills and sequences, as iPhones and Android phones write them
  heic: ok("image/heic", "heic"),
  heix: ok("image/heic", "heic"),
  heim: ok("image/heic", "heic"),
  heis: ok("image/heic", "heic"),
  hevc: ok("image/heic", "heic"),
  hevx: ok("image/heic", "heic"),
  mif1: ok("image/heif", "heic"),
  msf1: ok("image/heif", "heic"),
  // AAC audio in MP4 (voice memos, audiobooks)
  M4A: ok("audio/mp4", "m4a"),
  M4B: ok("audio/mp4", "m4a"),
  F4A: ok("audio/mp4", "m4a"),
  F4B: ok("audio/mp4", "m4a"),
  // MP4 video (screen recordings, phone videos)
  ...Object.fromEntries(
    [
      "isom",
      "iso2",
      "iso4",
      "iso5",
      "iso6",
      "mp41",
      "mp42",
      "avc1",
      "M4V",
      "M4VH",
      "M4VP",
      "M4P",
      "dash",
      "F4V",
      "F4P",
      "mmp4",
    ].map((brand) => [brand, ok("video/mp4", "mp4")]),
  ),
};

function ftypVerdict(head: Uint8Array): EvidenceClass | undefined {
  if (!matches(head, sig("ftyp", 4)) || head.length < 12 || ((head[8] ?? 0) & 0x60) === 0) return undefined;
  const brand = String.fromCharCode(...head.subarray(8, 12))
    .replace(/\0/g, " ")
    .trimEnd();
  // QuickTime (qt), AVIF, 3GP, Canon raw… are ISO media we do not take.
  return BRANDS[brand] ?? UNSUPPORTED;
}

function riffVerdict(head: Uint8Array): EvidenceClass | undefined {
  return matches(head, sig("RIFF")) && matches(head, sig("WEBP", 8)) ? ok("image/webp", "webp") : undefined;
}

const ZIP_LOCAL = sig([0x50, 0x4b, 0x03, 0x04]);
const OFFICE_DIRS = ["word/", "xl/", "ppt/"];
const XLSX = ok("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
const XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
// [Content_Types].xml is a few KB; the head holds at most SNIFF_BYTES of it compressed.
const CONTENT_TYPES_MAX = 64 * 1024;

const le16 = (head: Uint8Array, at: number) => (head[at] ?? 0) | ((head[at + 1] ?? 0) << 8);
const le32 = (head: Uint8Array, at: number) => (le16(head, at) | (le16(head, at + 2) << 16)) >>> 0;

/**
 * The main part's content type an OOXML package declares, from a [Content_Types].xml entry
 * whose bytes start at `data` in the head (stored, or deflated and inflated here with a cap;
 * an entry cut by the head's end gives what it has). Undefined when it cannot be read.
 */
function mainContentType(head: Uint8Array, method: number, data: number, size: number): string | undefined {
  const bytes = head.subarray(data, size > 0 ? Math.min(data + size, head.length) : head.length);
  let xml: string;
  try {
    const inflated =
      method === 0
        ? bytes
        : method === 8
          ? inflateRawSync(bytes, { maxOutputLength: CONTENT_TYPES_MAX, finishFlush: constants.Z_SYNC_FLUSH })
          : undefined;
    if (!inflated) return undefined;
    xml = new TextDecoder("utf-8").decode(inflated);
  } catch {
    return undefined;
  }
  return /ContentType="([^"]*\.main\+xml)"/.exec(xml)?.[1];
}

/**
 * zip, jar, apk… are archives; a zip holding an OOXML part (word/, xl/, ppt/)
 * or an OpenDocument `mimetype` entry is an Office file, refused — except an
 * xlsx workbook, which is accepted. Every local file header in the head is
 * read, so entries after [Content_Types].xml are seen.
 */
function zipVerdict(head: Uint8Array): EvidenceClass | undefined {
  const empty = matches(head, sig([0x50, 0x4b, 0x05, 0x06])); // end of central directory only
  const spanned = matches(head, sig([0x50, 0x4b, 0x07, 0x08])); // split / spanned archive marker
  if (!matches(head, ZIP_LOCAL) && !empty && !spanned) return undefined;
  const latin1 = (from: number, to: number) => String.fromCharCode(...head.subarray(from, Math.min(to, head.length)));
  let main: string | undefined;
  let office = false;
  for (let i = 0; i + 30 <= head.length; i++) {
    if (!matches(head, { at: i, bytes: ZIP_LOCAL.bytes })) continue;
    const nameLength = le16(head, i + 26);
    const extraLength = le16(head, i + 28);
    const name = latin1(i + 30, i + 30 + nameLength);
    const data = i + 30 + nameLength + extraLength;
    if (name === "[Content_Types].xml") main = mainContentType(head, le16(head, i + 8), data, le32(head, i + 18));
    if (OFFICE_DIRS.some((dir) => name.startsWith(dir))) office = true;
    if (name === "mimetype" && latin1(data, data + 34) === "application/vnd.oasis.opendocument") return OFFICE;
  }
  if (main === XLSX_MAIN) return XLSX;
  return office || main !== undefined ? OFFICE : ARCHIVE;
}

/**
 * MP3 without a tag: an MPEG audio frame sync (11 set bits) whose layer bits
 * say Layer III. Other layers and ADTS AAC are refused; so is a UTF-16LE
 * byte-order mark (FF FE), which reads as a Layer I sync.
 */
function mpegVerdict(head: Uint8Array): EvidenceClass | undefined {
  const b1 = head[1] ?? 0;
  if (head[0] !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined;
  return (b1 & 0x06) === 0x02 ? ok("audio/mpeg", "mp3") : UNSUPPORTED;
}

/** The verdict for a head whose first bytes name a binary format, else undefined (try the text rules). */
export function classifyMagic(head: Uint8Array): EvidenceClass | undefined {
  const special = ftypVerdict(head) ?? riffVerdict(head) ?? zipVerdict(head) ?? mpegVerdict(head);
  if (special) return special;
  return TABLE.find((row) => row.any.some((pattern) => matches(head, pattern)))?.verdict;
}
