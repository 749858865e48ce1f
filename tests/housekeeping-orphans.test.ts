import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { runHousekeeping } from "@/lib/maintenance";
import { createLocalStore, createS3Store, type BlobStore } from "@/lib/storage";
import { createTestUser } from "./factories/user";
import { startS3Server } from "./setup/s3-server";

// What three `kill -9` rounds left in the evidence store (issue 27): a blob with no row and a
// `.tmp-*` file. The worker's housekeeping compares the store's listing with the rows and
// removes what has no row once it is a day old, on disk and on S3 (s3rver), and says so.
let s3: Awaited<ReturnType<typeof startS3Server>>;
beforeAll(async () => {
  s3 = await startS3Server("recourse-orphans", { bucketRequests: true });
});
afterAll(() => s3.stop());

const DAY = 24 * 3600_000;

async function seed(store: BlobStore) {
  const user = await createTestUser();
  const { id: caseId } = await db().case.create({
    data: { ownerId: user.id, kind: "FRAUD", platform: "ALIPAY", title: "孤儿", amountFen: 100n },
  });
  const put = (key: string, text: string) =>
    store.put(key, { stream: Readable.from([Buffer.from(text)]) }, text.length);
  const kept = `cases/${caseId}/kept`;
  const orphan = `cases/${caseId}/orphan`;
  await put(kept, "kept");
  await put(orphan, "orphan");
  await db().evidence.create({
    data: { caseId, storageKey: kept, sha256: "0".repeat(64), size: 4, mime: "text/plain", ext: "txt", name: "k.txt" },
  });
  return { caseId, kept, orphan };
}

async function sweep(store: BlobStore, now: Date) {
  const lines: string[] = [];
  await runHousekeeping(db(), now, (line) => lines.push(line), store);
  return lines.filter((line) => line.startsWith("removed"));
}

describe("housekeeping sweeps what crashes leave", () => {
  test("on disk: an orphan blob and a temp file older than a day go, rows' blobs and young files stay", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "recourse-orphans-"));
    const store = createLocalStore(root);
    const { caseId, kept, orphan } = await seed(store);
    const tmp = path.join(root, "cases", caseId, ".tmp-3f1c");
    await writeFile(tmp, "half a blob");
    const uploads = path.join(process.env.DATA_DIR!, "tmp", "uploads");
    await mkdir(uploads, { recursive: true });
    await writeFile(path.join(uploads, "upload-crashed"), "x");

    // Within a day of being written, nothing is touched: an upload may still be on its way.
    expect(await sweep(store, new Date(Date.now() + DAY / 2))).toEqual([]);
    expect((await readdir(path.join(root, "cases", caseId))).sort()).toEqual([".tmp-3f1c", "kept", "orphan"]);

    const lines = await sweep(store, new Date(Date.now() + 2 * DAY));
    expect(lines).toEqual(
      expect.arrayContaining([
        `removed orphan blob ${orphan} (no evidence row, older than a day)`,
        `removed temp file cases/${caseId}/.tmp-3f1c left by an interrupted write`,
        "removed 1 upload temp file(s) older than a day",
      ]),
    );
    expect(await readdir(path.join(root, "cases", caseId))).toEqual(["kept"]);
    expect(await store.exists(kept)).toBe(true);
    expect(await readdir(uploads)).toEqual([]);
    // A second round finds nothing.
    expect(await sweep(store, new Date(Date.now() + 2 * DAY))).toEqual([]);
  });

  test("on S3: the listing against the rows, the same way", async () => {
    const store = createS3Store(s3.config);
    const { kept, orphan } = await seed(store);
    expect(await sweep(store, new Date(Date.now() + DAY / 2))).toEqual([]);
    const lines = await sweep(store, new Date(Date.now() + 2 * DAY));
    expect(lines).toContain(`removed orphan blob ${orphan} (no evidence row, older than a day)`);
    expect(await store.exists(orphan)).toBe(false);
    expect(await store.exists(kept)).toBe(true);
  });
});
