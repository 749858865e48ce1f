// Builds zip archives byte by byte, so tests can make the ones no tool would write: entries that
// share one compressed kernel, sizes that lie.
export interface RawEntry {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  declaredSize: number;
  crc?: number;
}

const le16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const le32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** `shareData`: every central entry points at the first local entry (the overlapping-file bomb). */
export function buildZip(entries: RawEntry[], options: { shareData?: boolean } = {}): Uint8Array {
  const encoder = new TextEncoder();
  const parts: number[] = [];
  const offsets: number[] = [];
  const locals = options.shareData ? entries.slice(0, 1) : entries;
  for (const entry of locals) {
    offsets.push(parts.length);
    const name = encoder.encode(entry.name);
    parts.push(...le32(0x04034b50), ...le16(20), ...le16(0), ...le16(entry.method), ...le16(0), ...le16(0));
    parts.push(...le32(entry.crc ?? 0), ...le32(entry.data.length), ...le32(entry.declaredSize));
    parts.push(...le16(name.length), ...le16(0), ...name);
    for (const byte of entry.data) parts.push(byte);
  }
  const directoryStart = parts.length;
  entries.forEach((entry, i) => {
    const name = encoder.encode(entry.name);
    const data = options.shareData ? entries[0]!.data : entry.data;
    parts.push(...le32(0x02014b50), ...le16(20), ...le16(20), ...le16(0), ...le16(entry.method), ...le16(0));
    parts.push(...le16(0), ...le32(entry.crc ?? 0), ...le32(data.length), ...le32(entry.declaredSize));
    parts.push(...le16(name.length), ...le16(0), ...le16(0), ...le16(0), ...le16(0), ...le32(0));
    parts.push(...le32(options.shareData ? offsets[0]! : offsets[i]!), ...name);
  });
  const directorySize = parts.length - directoryStart;
  parts.push(...le32(0x06054b50), ...le16(0), ...le16(0), ...le16(entries.length), ...le16(entries.length));
  parts.push(...le32(directorySize), ...le32(directoryStart), ...le16(0));
  return new Uint8Array(parts);
}
