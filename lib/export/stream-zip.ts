import "server-only";
import { createHash } from "node:crypto";
import { Transform, type Readable, type TransformCallback } from "node:stream";
import { ZipFile } from "yazl";

// Every entry is stored, not deflated: evidence is already compressed (photos, PDFs, audio),
// and only stored entries let yazl compute the archive's exact size before a byte is sent.

export type ZipEntry =
  | { readonly path: string; readonly buffer: Buffer; readonly mtime: Date }
  | {
      readonly path: string;
      readonly size: number;
      /** checked while streaming: a blob that changed under us breaks the download instead of lying */
      readonly sha256: string;
      readonly mtime: Date;
      /** opened only when yazl reaches the entry, so one blob is open at a time */
      readonly open: () => Promise<Readable>;
    };

export interface StreamedZip {
  readonly stream: Readable;
  /** exact byte length of `stream`: the response's Content-Length */
  readonly size: number;
}

export function streamZip(entries: readonly ZipEntry[]): StreamedZip {
  const zip = new ZipFile();
  const open = new Set<Readable>();
  for (const entry of entries) {
    if ("buffer" in entry) {
      zip.addBuffer(entry.buffer, entry.path, { compress: false, mtime: entry.mtime });
      continue;
    }
    zip.addReadStreamLazy(entry.path, { compress: false, size: entry.size, mtime: entry.mtime }, (callback) => {
      entry.open().then(
        (source) => {
          open.add(source);
          source.once("close", () => open.delete(source));
          const checked = source.pipe(new VerifyBytes(entry.path, entry.size, entry.sha256));
          source.once("error", (error) => checked.destroy(error));
          callback(null, checked);
        },
        (error: unknown) => callback(error, undefined as never),
      );
    });
  }
  let size = -1;
  (zip.end as (options: object, done: (total: number) => void) => void)({}, (total) => {
    size = total;
  });
  if (size < 0) throw new Error("zip size unknown: every entry must be stored with a known size");
  const stream = zip.outputStream as Readable;
  zip.on("error", (error: Error) => stream.destroy(error));
  // A client that goes away must not leave a blob stream (a file handle, an S3 socket) open.
  stream.once("close", () => {
    for (const source of open) source.destroy();
  });
  return { stream, size };
}

class VerifyBytes extends Transform {
  private readonly hash = createHash("sha256");
  private seen = 0;
  constructor(
    private readonly path: string,
    private readonly size: number,
    private readonly sha256: string,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.size) return done(new Error(`${this.path}: more bytes than recorded`));
    this.hash.update(chunk);
    done(null, chunk);
  }
  override _flush(done: TransformCallback): void {
    if (this.seen !== this.size) return done(new Error(`${this.path}: ${this.seen} bytes, ${this.size} recorded`));
    if (this.hash.digest("hex") !== this.sha256)
      return done(new Error(`${this.path}: SHA-256 differs from the record`));
    done();
  }
}
