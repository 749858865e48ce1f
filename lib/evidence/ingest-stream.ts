import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { SNIFF_BYTES } from "./classify-evidence";
import { UploadError } from "./upload-error";

/** One file received to a private temp file, with what the single pass learned. */
export interface IngestedFile {
  tmpPath: string;
  size: number;
  sha256: string;
  /** The first SNIFF_BYTES (or the whole file if shorter), for classifyEvidence. */
  head: Uint8Array;
}

/**
 * One pass from the request to disk: a Transform counts bytes against the cap,
 * feeds SHA-256 and keeps the first bytes, then a temp file opened with "wx"
 * (never an existing file). Memory stays at a few stream buffers whatever the
 * size. On any failure — over the cap, the client gone, a disk error — the temp
 * file is removed before the error goes on.
 */
export async function ingestStream(
  source: Readable,
  options: { maxBytes: number; tmpDir: string },
): Promise<IngestedFile> {
  const tmpPath = path.join(options.tmpDir, `upload-${randomUUID()}`);
  const hash = createHash("sha256");
  const head = Buffer.alloc(SNIFF_BYTES);
  let headLength = 0;
  let size = 0;

  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > options.maxBytes) {
        callback(new UploadError("file_too_large", { limitMb: Math.floor(options.maxBytes / 2 ** 20) }));
        return;
      }
      hash.update(chunk);
      if (headLength < SNIFF_BYTES) headLength += chunk.copy(head, headLength, 0, SNIFF_BYTES - headLength);
      callback(null, chunk);
    },
  });

  try {
    await pipeline(source, meter, createWriteStream(tmpPath, { flags: "wx", mode: 0o600 }));
  } catch (error) {
    await rm(tmpPath, { force: true });
    throw error;
  }
  return { tmpPath, size, sha256: hash.digest("hex"), head: head.subarray(0, headLength) };
}

export async function discardIngested(files: readonly { tmpPath: string }[]): Promise<void> {
  await Promise.all(files.map((file) => rm(file.tmpPath, { force: true })));
}

/**
 * Temp files a crashed or killed process left behind (a `finally` never ran).
 * Anything older than `maxAgeMs` cannot belong to an upload still in flight.
 */
export async function sweepStaleUploads(tmpDir: string, now: Date, maxAgeMs = 6 * 3600_000): Promise<number> {
  const names = await readdir(tmpDir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => n.startsWith("upload-"))) {
    const file = path.join(tmpDir, name);
    const info = await stat(file).catch(() => null);
    if (info && now.getTime() - info.mtimeMs > maxAgeMs) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
