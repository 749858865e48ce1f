import { inflateRawSync } from "node:zlib";

export interface ZipFileEntry {
  readonly name: string;
  /** 0 stored, 8 deflated */
  readonly method: number;
  readonly utf8: boolean;
  readonly bytes: Buffer;
}

/**
 * Reads a whole zip from its central directory (not a mock: it parses what was sent).
 * Enough of the format for the bundle and my-data archives: no encryption; zip64 sizes
 * are not needed at test sizes.
 */
export function readZip(zip: Buffer): Map<string, ZipFileEntry> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("no end of central directory");
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, ZipFileEntry>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory record ${i}`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const utf8 = (flags & 0x800) !== 0;
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString(utf8 ? "utf8" : "latin1");
    const localName = zip.readUInt16LE(localOffset + 26);
    const localExtra = zip.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localName + localExtra;
    const raw = zip.subarray(start, start + compressed);
    entries.set(name, { name, method, utf8, bytes: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
