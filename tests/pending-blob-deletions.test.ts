import { Readable } from "node:stream";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { deletionSubjectHash, eraseAccount, retryPendingBlobDeletions } from "@/lib/account";
import { createS3Store } from "@/lib/storage";
import { createTestUser } from "./factories/user";
import { startS3Server } from "./setup/s3-server";

// A real S3-protocol server for the blobs; "S3 is down" is the same store pointed at a port
// where nothing listens (taken and released here, so it is closed, not filtered).
let s3: Awaited<ReturnType<typeof startS3Server>>;
let closedPort: number;
beforeAll(async () => {
  s3 = await startS3Server("recourse-pending");
  closedPort = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
});
afterAll(() => s3.stop());

async function userWithBlobs(title: string, n: number) {
  const store = createS3Store(s3.config);
  const user = await createTestUser();
  const { id: caseId } = await db().case.create({
    data: { ownerId: user.id, kind: "FRAUD", platform: "ALIPAY", title, amountFen: 100n },
  });
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const bytes = Buffer.from(`${title} evidence ${i}`);
    const sha256 = `${"0".repeat(63)}${i}`;
    const key = `cases/${caseId}/${sha256}`;
    await store.put(key, { stream: Readable.from([bytes]) }, bytes.length);
    await db().evidence.create({
      data: {
        caseId,
        storageKey: key,
        sha256,
        size: bytes.length,
        mime: "text/plain",
        ext: "txt",
        name: `${i}.txt`,
      },
    });
    keys.push(key);
  }
  return { user, caseId, keys };
}

describe("blobs left behind by an account deletion", () => {
  test("are named in the deletion record while the store is down, and deleted by the retry once it is back", async () => {
    const up = createS3Store(s3.config);
    const down = createS3Store({ ...s3.config, endpoint: `http://127.0.0.1:${closedPort}` });
    const gone = await userWithBlobs("甲", 2);
    const kept = await userWithBlobs("乙", 1);

    expect(await eraseAccount(gone.user.id, new Date("2026-12-01T00:00:00Z"), down)).toMatchObject({ erased: true });
    const record = await db().accountDeletion.findFirstOrThrow({
      where: { subjectHash: deletionSubjectHash(gone.user.id) },
    });
    expect([...record.pendingBlobKeys].sort()).toEqual([...gone.keys].sort());
    for (const key of gone.keys) expect(await up.exists(key)).toBe(true);

    // Still down: nothing changes, nothing is lost from the list.
    expect(await retryPendingBlobDeletions(db(), down)).toEqual({ deleted: 0, remaining: 2 });
    expect((await db().accountDeletion.findUniqueOrThrow({ where: { id: record.id } })).pendingBlobKeys).toHaveLength(
      2,
    );

    expect(await retryPendingBlobDeletions(db(), up)).toEqual({ deleted: 2, remaining: 0 });
    expect((await db().accountDeletion.findUniqueOrThrow({ where: { id: record.id } })).pendingBlobKeys).toEqual([]);
    for (const key of gone.keys) expect(await up.exists(key)).toBe(false);
    for (const key of kept.keys) expect(await up.exists(key)).toBe(true);

    expect(await retryPendingBlobDeletions(db(), up)).toEqual({ deleted: 0, remaining: 0 });
  });
});
