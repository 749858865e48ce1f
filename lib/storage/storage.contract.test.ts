import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startS3Server } from "@/tests/setup/s3-server";
import { BlobNotFoundError, type BlobStore } from "./blob-store";
import { createLocalStore } from "./local-store";
import { createS3Store } from "./s3-store";

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

// One suite, two drivers: whatever the app does with a BlobStore must hold on both.
type Started = { store: BlobStore; stop: () => Promise<void>; root?: string };
const drivers: { name: string; start: () => Promise<Started> }[] = [
  {
    name: "local disk",
    async start() {
      const root = await mkdtemp(path.join(os.tmpdir(), "recourse-blobs-"));
      return { store: createLocalStore(root), stop: () => rm(root, { recursive: true, force: true }), root };
    },
  },
  {
    name: "S3 (s3rver on 127.0.0.1)",
    async start() {
      const server = await startS3Server("recourse-test", { bucketRequests: true });
      return { store: createS3Store(server.config), stop: server.stop };
    },
  },
];

describe.each(drivers)("BlobStore contract: $name", ({ start }) => {
  let store: BlobStore;
  let stop: () => Promise<void>;
  let scratch: string;
  let localRoot: string | undefined;

  beforeAll(async () => {
    ({ store, stop, root: localRoot } = await start());
    scratch = await mkdtemp(path.join(os.tmpdir(), "recourse-blob-src-"));
  });
  afterAll(async () => {
    await stop();
    await rm(scratch, { recursive: true, force: true });
  });

  test("a file put from disk comes back byte for byte (3 MiB of random bytes)", async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const file = path.join(scratch, "big.bin");
    await writeFile(file, bytes);
    await store.put("cases/c1/big", { path: file }, bytes.length);
    expect(await store.exists("cases/c1/big")).toBe(true);
    expect(sha256(await readAll(await store.get("cases/c1/big")))).toBe(sha256(bytes));
  });

  test("a stream of known length is stored whole, every byte value intact", async () => {
    const bytes = Buffer.from(Array.from({ length: 256 * 4 }, (_, i) => i % 256));
    await store.put(
      "cases/c1/stream",
      { stream: Readable.from([bytes.subarray(0, 300), bytes.subarray(300)]) },
      bytes.length,
    );
    expect(await readAll(await store.get("cases/c1/stream"))).toEqual(bytes);
  });

  test("a second put under the same key replaces the blob", async () => {
    await store.put("cases/c2/x", { stream: Readable.from([Buffer.from("first")]) }, 5);
    await store.put("cases/c2/x", { stream: Readable.from([Buffer.from("second!")]) }, 7);
    expect((await readAll(await store.get("cases/c2/x"))).toString()).toBe("second!");
  });

  test("a missing blob: exists is false, get throws BlobNotFoundError, delete is a no-op", async () => {
    expect(await store.exists("cases/none/here")).toBe(false);
    await expect(store.get("cases/none/here")).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(store.delete("cases/none/here")).resolves.toBeUndefined();
  });

  test("delete removes the blob and nothing else", async () => {
    await store.put("cases/c3/a", { stream: Readable.from([Buffer.from("a")]) }, 1);
    await store.put("cases/c3/b", { stream: Readable.from([Buffer.from("b")]) }, 1);
    await store.delete("cases/c3/a");
    expect(await store.exists("cases/c3/a")).toBe(false);
    await expect(store.get("cases/c3/a")).rejects.toBeInstanceOf(BlobNotFoundError);
    expect((await readAll(await store.get("cases/c3/b"))).toString()).toBe("b");
  });

  test("deleting a case's last blob leaves no empty folder behind; a put after it still works", async () => {
    await store.put("cases/c4/only", { stream: Readable.from([Buffer.from("x")]) }, 1);
    await store.delete("cases/c4/only");
    if (localRoot) expect(await readdir(path.join(localRoot, "cases"))).not.toContain("c4");
    const file = path.join(scratch, "y.bin");
    await writeFile(file, "y");
    await store.put("cases/c4/again", { path: file }, 1);
    expect(await store.exists("cases/c4/again")).toBe(true);
  });

  test("list names every blob with when it was written", async () => {
    const before = Date.now() - 60_000;
    await store.put("cases/c5/one", { stream: Readable.from([Buffer.from("1")]) }, 1);
    await store.put("cases/c6/two", { stream: Readable.from([Buffer.from("2")]) }, 1);
    const listed = new Map<string, Date>();
    for await (const blob of store.list()) listed.set(blob.key, blob.modifiedAt);
    expect(listed.has("cases/c5/one") && listed.has("cases/c6/two")).toBe(true);
    expect(listed.get("cases/c5/one")!.getTime()).toBeGreaterThan(before);
  });

  test.each(["../escape", "/absolute", "cases//double", "cases/./dot", "cases/../up", "", "名字"])(
    "refuses the key %j before touching storage",
    async (key) => {
      await expect(store.put(key, { stream: Readable.from([Buffer.from("x")]) }, 1)).rejects.toBeInstanceOf(RangeError);
      await expect(store.get(key)).rejects.toBeInstanceOf(RangeError);
      await expect(store.exists(key)).rejects.toBeInstanceOf(RangeError);
      await expect(store.delete(key)).rejects.toBeInstanceOf(RangeError);
    },
  );
});

describe("local disk driver", () => {
  test("a put whose length is wrong leaves no blob and no temp file", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "recourse-blobs-"));
    try {
      const store = createLocalStore(root);
      await expect(store.put("cases/c/short", { stream: Readable.from([Buffer.from("abc")]) }, 4)).rejects.toThrow(
        /expected 4 bytes, got 3/,
      );
      expect(await store.exists("cases/c/short")).toBe(false);
      expect(await readdir(path.join(root, "cases", "c"))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
