import { Inflate } from "fflate";
import { BillParseError } from "./errors";

/**
 * Limits for an xlsx bill. A year of a busy account is a few thousand rows: a few MB of sheet
 * XML. Anything past these is refused before (declared sizes) or while (actual sizes) inflating.
 */
export const ZIP_LIMITS = {
  maxEntries: 256,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
} as const;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;

/**
 * Reads the central directory only: names and declared sizes, no inflating. Missing end record
 * means the download was cut off (an xlsx always ends with its directory).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at -= 1) {
    if (u32(bytes, at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new BillParseError("truncated", "the xlsx (zip) file has no central directory: it is cut off");
  const count = u16(bytes, eocd + 10);
  const directorySize = u32(bytes, eocd + 12);
  let at = u32(bytes, eocd + 16);
  if (count === 0xffff || at === ZIP64_MARKER || directorySize === ZIP64_MARKER) {
    throw new BillParseError("archive_too_large", "ZIP64 archive: far larger than any bill");
  }
  if (count > ZIP_LIMITS.maxEntries) {
    throw new BillParseError("archive_too_large", `${count} entries in the archive`);
  }
  if (at + directorySize > eocd) throw new BillParseError("truncated", "the zip directory points past the file");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (u32(bytes, at) !== CENTRAL_SIGNATURE)
      throw new BillParseError("unreadable_spreadsheet", "broken zip directory");
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      declaredSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.declaredSize > ZIP_LIMITS.maxEntryBytes || entry.compressedSize === ZIP64_MARKER) {
      throw new BillParseError("archive_too_large", `${entry.name} would inflate to ${entry.declaredSize} bytes`);
    }
    total += entry.declaredSize;
  }
  // Overlapping entries (many names, one shared compressed kernel) are the classic small bomb:
  // each looks modest, the sum does not.
  if (total > ZIP_LIMITS.maxTotalBytes) {
    throw new BillParseError("archive_too_large", `the archive would inflate to ${total} bytes`);
  }
  return entries;
}

const INFLATE_CHUNK = 1024;

/** Thrown from inside the inflater's callback, so that the loop stops at once; rethrown with the entry's name. */
class TooLarge extends BillParseError {
  constructor() {
    super("archive_too_large", "an entry inflates past its declared size");
  }
}

/**
 * Inflates one entry, feeding 1 KiB at a time so that no single step can produce more than about
 * 1 MiB, and stopping as soon as the output passes what the directory declared: a lying header
 * costs at most one step. `stats.inflatedBytes` lets tests see how much work a refusal took.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, stats = { inflatedBytes: 0 }): Uint8Array {
  const local = entry.localHeaderOffset;
  if (u32(bytes, local) !== LOCAL_SIGNATURE) throw new BillParseError("unreadable_spreadsheet", "broken zip entry");
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new BillParseError("truncated", `${entry.name} is cut off`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length !== entry.declaredSize) throw new BillParseError("unreadable_spreadsheet", "broken zip entry");
    return data.slice();
  }
  if (entry.method !== 8) throw new BillParseError("unreadable_spreadsheet", `zip method ${entry.method}`);
  if (entry.declaredSize === 0) return new Uint8Array(0);
  const out = new Uint8Array(entry.declaredSize);
  let length = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    stats.inflatedBytes += chunk.length;
    if (length + chunk.length > out.length) throw new TooLarge();
    out.set(chunk, length);
    length += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_CHUNK) {
      inflater.push(data.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= data.length);
    }
  } catch (error) {
    if (error instanceof TooLarge) {
      throw new BillParseError("archive_too_large", `${entry.name} inflates past its declared ${out.length} bytes`);
    }
    throw new BillParseError("unreadable_spreadsheet", `${entry.name} is not valid deflate data`);
  }
  if (!finished || length !== out.length) {
    throw new BillParseError("unreadable_spreadsheet", `${entry.name} inflates to a size other than declared`);
  }
  return out;
}
