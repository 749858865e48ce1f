import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { multipartBody } from "@/tests/setup/multipart";
import { discardIngested } from "./ingest-stream";
import { receiveMultipart } from "./receive-multipart";
import type { UploadError } from "./upload-error";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
let tmpDir: string;
beforeEach(async () => {
  tmpDir = await mkdtemp(path.join(os.tmpdir(), "recourse-ingest-"));
});
afterEach(async () => {
  await rm(tmpDir, { recursive: true, force: true });
});

/** The body in small chunks, as it arrives from a socket. */
function chunked(body: Buffer, size = 16 * 1024): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < body.length; i += size) chunks.push(body.subarray(i, i + size));
  return Readable.from(chunks, { objectMode: false });
}
const options = () => ({ maxFileBytes: 1024 * 1024, maxFiles: 3, tmpDir });
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("should reject"),
    (e: UploadError) => e,
  );

describe("receiveMultipart", () => {
  test("streams each file to its own temp file with size, SHA-256 and head; keeps fields", async () => {
    const a = randomBytes(300_000);
    const b = Buffer.from("交易时间,金额\n2026-11-02,500\n");
    const { body, contentType } = multipartBody([
      { field: "item", value: "transfer-screenshot" },
      { field: "file", filename: "转账截图.png", bytes: a, type: "image/png" },
      { field: "file", filename: "bill.csv", bytes: b },
    ]);
    const { files, fields } = await receiveMultipart(chunked(body), contentType, options());
    expect(fields).toEqual({ item: "transfer-screenshot" });
    expect(files.map((f) => [f.name, f.size, f.sha256])).toEqual([
      ["转账截图.png", a.length, sha256(a)],
      ["bill.csv", b.length, sha256(b)],
    ]);
    expect(Buffer.from(files[0]!.head)).toEqual(a.subarray(0, 4096));
    expect(Buffer.from(files[1]!.head)).toEqual(b);
    expect(await readFile(files[0]!.tmpPath)).toEqual(a);
    await discardIngested(files);
    expect(await readdir(tmpDir)).toEqual([]);
  });

  test("a file over the cap is refused mid-stream (413) and nothing stays on disk", async () => {
    const { body, contentType } = multipartBody([
      { field: "file", filename: "ok.txt", bytes: Buffer.from("fine") },
      { field: "file", filename: "big.bin", bytes: randomBytes(1024 * 1024 + 1) },
    ]);
    const error = await rejection(receiveMultipart(chunked(body), contentType, options()));
    expect([error.code, error.status, error.values]).toEqual(["file_too_large", 413, { limitMb: 1 }]);
    expect(await readdir(tmpDir)).toEqual([]);
  });

  test("a client that goes away mid-file leaves no temp file", async () => {
    const { body, contentType } = multipartBody([{ field: "file", filename: "a.bin", bytes: randomBytes(500_000) }]);
    const source = new Readable({ read() {} });
    source.push(body.subarray(0, 200_000));
    setTimeout(() => source.destroy(new Error("ECONNRESET")), 20);
    const error = await rejection(receiveMultipart(source, contentType, options()));
    expect([error.code, error.status]).toEqual(["interrupted", 422]);
    expect(await readdir(tmpDir)).toEqual([]);
  });

  test("a body cut short (no closing boundary) is malformed and leaves nothing", async () => {
    const { body, contentType } = multipartBody([{ field: "file", filename: "a.bin", bytes: randomBytes(100_000) }]);
    const error = await rejection(receiveMultipart(chunked(body.subarray(0, 60_000)), contentType, options()));
    expect(error.code).toBe("malformed");
    expect(await readdir(tmpDir)).toEqual([]);
  });

  test("a file name with control characters: unreadable_name (rename it), not a retry", async () => {
    for (const filename of ["a\u0001b.png", "two\nlines.png", "del\u007f.png"]) {
      const { body, contentType } = multipartBody([
        { field: "file", filename: "ok.txt", bytes: Buffer.from("fine") },
        { field: "file", filename, bytes: Buffer.from("x") },
      ]);
      const error = await rejection(receiveMultipart(chunked(body), contentType, options()));
      expect([error.code, error.status], JSON.stringify(filename)).toEqual(["unreadable_name", 422]);
      expect(await readdir(tmpDir)).toEqual([]);
    }
  });

  test("more files than allowed: 413 too_many_files, nothing kept", async () => {
    const file = { field: "file", filename: "x.txt", bytes: Buffer.from("x") } as const;
    const { body, contentType } = multipartBody([file, file, file, file]);
    const error = await rejection(receiveMultipart(chunked(body), contentType, options()));
    expect([error.code, error.status]).toEqual(["too_many_files", 413]);
    expect(await readdir(tmpDir)).toEqual([]);
  });

  test("no file part, or not multipart at all: 422", async () => {
    const { body, contentType } = multipartBody([{ field: "item", value: "x" }]);
    expect((await rejection(receiveMultipart(chunked(body), contentType, options()))).code).toBe("no_file");
    const json = Readable.from([Buffer.from("{}")]);
    expect((await rejection(receiveMultipart(json, "application/json", options()))).code).toBe("malformed");
  });
});
