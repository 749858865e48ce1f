// The backup file is a plain POSIX tar (ustar): `tar tf` lists it on any machine, and it is
// written and read here with positional file I/O, so a 500 MB blob is streamed, never held.
// The writer reserves each entry's header, streams the data, then writes the header with the
// size it counted; the reader walks headers by offset and hands out byte ranges.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Readable, Transform, pipeline } from "node:stream";

const BLOCK = 512;
const MAX_SIZE = 8 ** 11 - 1; // 11 octal digits: 8 GiB - 1

/** @typedef {{ name: string, size: number, offset: number }} TarEntry */

export class TarFormatError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "TarFormatError";
  }
}

/** ustar keeps 100 bytes of name and 155 of prefix: split at a slash so both fit. @param {string} name */
function splitName(name) {
  if (Buffer.byteLength(name) <= 100) return { prefix: "", name };
  for (let i = name.length - 1; i > 0; i--) {
    if (name[i] !== "/") continue;
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { prefix, name: rest };
  }
  throw new TarFormatError(`entry name too long for the backup format: ${name}`);
}

/** @param {number} value @param {number} width */
function octal(value, width) {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}

/** @param {string} name @param {number} size @param {number} mtime */
function header(name, size, mtime) {
  const buf = Buffer.alloc(BLOCK);
  const parts = splitName(name);
  buf.write(parts.name, 0, 100, "utf8");
  buf.write(octal(0o600, 8), 100, "ascii");
  buf.write(octal(0, 8), 108, "ascii");
  buf.write(octal(0, 8), 116, "ascii");
  buf.write(octal(size, 12), 124, "ascii");
  buf.write(octal(Math.floor(mtime / 1000), 12), 136, "ascii");
  buf.write("        ", 148, "ascii"); // checksum counted as spaces
  buf.write("0", 156, "ascii");
  buf.write("ustar\0", 257, "ascii");
  buf.write("00", 263, "ascii");
  buf.write(parts.prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of buf) sum += byte;
  buf.write(octal(sum, 7) + " ", 148, "ascii");
  return buf;
}

/** Appends entries to an open file handle from position 0. */
export class TarWriter {
  /** @param {import("node:fs/promises").FileHandle} handle */
  constructor(handle, now = Date.now()) {
    this.handle = handle;
    this.position = 0;
    this.mtime = now;
  }

  /** @param {Buffer} buf @param {number} position */
  async #write(buf, position) {
    let done = 0;
    while (done < buf.length) {
      const { bytesWritten } = await this.handle.write(buf, done, buf.length - done, position + done);
      done += bytesWritten;
    }
  }

  /**
   * Streams `chunks` (Buffers or strings) into one entry.
   * @param {string} name
   * @param {AsyncIterable<Buffer | string> | Iterable<Buffer | string>} chunks
   * @returns {Promise<{ size: number, sha256: string }>}
   */
  async add(name, chunks) {
    const start = this.position;
    let size = 0;
    const hash = createHash("sha256");
    for await (const chunk of chunks) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      if (buf.length === 0) continue;
      await this.#write(buf, start + BLOCK + size);
      hash.update(buf);
      size += buf.length;
    }
    if (size > MAX_SIZE) throw new TarFormatError(`entry too large for the backup format: ${name}`);
    await this.#write(header(name, size, this.mtime), start);
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (padding) await this.#write(Buffer.alloc(padding), start + BLOCK + size);
    this.position = start + BLOCK + size + padding;
    return { size, sha256: hash.digest("hex") };
  }

  /** Two zero blocks end a tar archive. */
  async finish() {
    await this.#write(Buffer.alloc(BLOCK * 2), this.position);
    this.position += BLOCK * 2;
  }
}

/** @param {Buffer} buf @param {number} start @param {number} length */
function readString(buf, start, length) {
  const raw = buf.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString("utf8");
}

/** @param {Buffer} buf @param {number} start @param {number} length */
function readOctal(buf, start, length) {
  const text = readString(buf, start, length).trim();
  if (!/^[0-7]+$/.test(text)) return NaN;
  return parseInt(text, 8);
}

/**
 * Lists the entries of a tar file: name, size and where the data starts. Throws TarFormatError
 * on anything that is not a well-formed archive ending in its two zero blocks (a truncated file).
 * @param {import("node:fs/promises").FileHandle} handle
 * @returns {Promise<TarEntry[]>}
 */
export async function listEntries(handle) {
  const { size: fileSize } = await handle.stat();
  /** @type {TarEntry[]} */
  const entries = [];
  const buf = Buffer.alloc(BLOCK);
  let position = 0;
  for (;;) {
    if (position + BLOCK > fileSize) throw new TarFormatError("the archive ends in the middle (truncated)");
    const { bytesRead } = await handle.read(buf, 0, BLOCK, position);
    if (bytesRead !== BLOCK) throw new TarFormatError("the archive ends in the middle (truncated)");
    if (buf.every((b) => b === 0)) {
      if (position + 2 * BLOCK > fileSize) throw new TarFormatError("the archive ends in the middle (truncated)");
      return entries;
    }
    const stored = readOctal(buf, 148, 8);
    let sum = 0;
    for (const [i, byte] of buf.entries()) sum += i >= 148 && i < 156 ? 32 : byte;
    if (stored !== sum || readString(buf, 257, 6) !== "ustar") throw new TarFormatError("not a backup archive");
    const size = readOctal(buf, 124, 12);
    if (!Number.isFinite(size)) throw new TarFormatError("not a backup archive");
    const prefix = readString(buf, 345, 155);
    const name = prefix ? `${prefix}/${readString(buf, 0, 100)}` : readString(buf, 0, 100);
    const offset = position + BLOCK;
    if (offset + size > fileSize) throw new TarFormatError("the archive ends in the middle (truncated)");
    entries.push({ name, size, offset });
    position = offset + Math.ceil(size / BLOCK) * BLOCK;
  }
}

/**
 * The bytes of one entry as a stream.
 * @param {string} file
 * @param {TarEntry} entry
 * @returns {import("node:stream").Readable & AsyncIterable<Buffer>}
 */
export function entryStream(file, entry) {
  if (entry.size === 0) return Readable.from([]);
  return createReadStream(file, { start: entry.offset, end: entry.offset + entry.size - 1 });
}

/**
 * The bytes of one entry, hashed as they pass. A restore checks every part, then reads the file a
 * second time to write it: this catches a file changed in between. The verdict comes with the
 * entry's last chunk, which is withheld on a mismatch, so a store never receives the whole of a
 * changed part (an S3 upload ends short of its Content-Length and fails); `changed` tells the
 * caller why the write failed, whatever error the store reports.
 * @param {string} file
 * @param {TarEntry} entry
 * @param {string} sha256 the part's hash in the (verified) manifest
 * @returns {Transform & { changed: boolean }}
 */
export function verifiedEntryStream(file, entry, sha256) {
  const hash = createHash("sha256");
  let size = 0;
  /** @param {Transform & { changed: boolean }} self */
  const refuse = (self) => {
    self.changed = true;
    return new Error(`${entry.name} changed after it was verified`);
  };
  const check = Object.assign(
    new Transform({
      transform(chunk, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        if (size > entry.size || (size === entry.size && hash.copy().digest("hex") !== sha256)) {
          callback(refuse(check));
          return;
        }
        callback(null, chunk);
      },
      flush(callback) {
        // A part shorter than recorded (the file was cut), or an empty part with another hash.
        callback(size === entry.size && hash.digest("hex") === sha256 ? null : refuse(check));
      },
    }),
    { changed: false },
  );
  pipeline(entryStream(file, entry), check, () => {});
  return check;
}

/** SHA-256 of one entry, streamed. @param {string} file @param {TarEntry} entry */
export async function hashEntry(file, entry) {
  const hash = createHash("sha256");
  for await (const chunk of entryStream(file, entry)) hash.update(chunk);
  return hash.digest("hex");
}

/** @param {string} file @param {TarEntry} entry */
export async function readEntry(file, entry) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of entryStream(file, entry)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
