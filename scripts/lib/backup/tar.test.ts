import { createHash } from "node:crypto";
import { mkdtemp, open, rm, truncate } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { TarWriter, listEntries, verifiedEntryStream, type TarEntry } from "./tar.mjs";

// A restore reads the backup twice: once to verify every part, once to write it. The second read
// goes through verifiedEntryStream, which must refuse a part changed in between before the store
// has received all of it.
let dir: string;
const big = Buffer.alloc(300 * 1024, 7); // several of a file stream's 64 KiB chunks
const small = Buffer.from("证据 evidence\n");
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "recourse-tar-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function archive(name: string) {
  const file = path.join(dir, name);
  const handle = await open(file, "wx+");
  const writer = new TarWriter(handle);
  await writer.add("blobs/big", [big]);
  await writer.add("blobs/small", [small]);
  await writer.finish();
  const entries = await listEntries(handle);
  await handle.close();
  return { file, entries: new Map(entries.map((e) => [e.name, e])) };
}

/** What a store would receive: every byte handed on (flowing, as pipe() reads) until the end or an error. */
function drain(stream: NodeJS.ReadableStream) {
  return new Promise<{ bytes: Buffer; error: unknown }>((resolve) => {
    const received: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => received.push(chunk));
    stream.on("end", () => resolve({ bytes: Buffer.concat(received), error: null }));
    stream.on("error", (error) => resolve({ bytes: Buffer.concat(received), error }));
  });
}

async function flipByte(file: string, entry: TarEntry, at: number) {
  const handle = await open(file, "r+");
  const byte = Buffer.alloc(1);
  await handle.read(byte, 0, 1, entry.offset + at);
  await handle.write(Buffer.from([byte[0]! ^ 0xff]), 0, 1, entry.offset + at);
  await handle.close();
}

describe("verifiedEntryStream", () => {
  test("an unchanged part passes through whole", async () => {
    const { file, entries } = await archive("same.tar");
    for (const [entry, bytes] of [
      [entries.get("blobs/big")!, big],
      [entries.get("blobs/small")!, small],
    ] as const) {
      const stream = verifiedEntryStream(file, entry, sha256(bytes));
      const { bytes: got, error } = await drain(stream);
      expect(error).toBeNull();
      expect(got.equals(bytes)).toBe(true);
      expect(stream.changed).toBe(false);
    }
  });

  test("a byte changed in the last chunk: refused, and the last chunk is never handed on", async () => {
    const { file, entries } = await archive("last-byte.tar");
    const entry = entries.get("blobs/big")!;
    await flipByte(file, entry, entry.size - 1);
    const stream = verifiedEntryStream(file, entry, sha256(big));
    const { bytes, error } = await drain(stream);
    expect(error).toBeInstanceOf(Error);
    expect(stream.changed).toBe(true);
    expect(bytes.length).toBeLessThan(entry.size);
  });

  test("a byte changed in the first chunk of a one-chunk part: nothing is handed on", async () => {
    const { file, entries } = await archive("first-byte.tar");
    const entry = entries.get("blobs/small")!;
    await flipByte(file, entry, 0);
    const stream = verifiedEntryStream(file, entry, sha256(small));
    const { bytes, error } = await drain(stream);
    expect(error).toBeInstanceOf(Error);
    expect(stream.changed).toBe(true);
    expect(bytes.length).toBe(0);
  });

  test("a file cut short after it was verified: refused", async () => {
    const { file, entries } = await archive("cut.tar");
    const entry = entries.get("blobs/big")!;
    await truncate(file, entry.offset + 1000);
    const stream = verifiedEntryStream(file, entry, sha256(big));
    const { error } = await drain(stream);
    expect(error).toBeInstanceOf(Error);
    expect(stream.changed).toBe(true);
  });
});
