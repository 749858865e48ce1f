// A case with 500 MiB of evidence (20 files of 25 MiB, the per-case cap) in the local blob store,
// for the benches that export it (bench-bundle: memory; bench-stall: the event loop meanwhile).
// DATA_DIR must name a scratch directory before lib/storage is first imported.
import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { blobStore } from "@/lib/storage";

export const BIG_CASE_FILES = 20;
export const BIG_CASE_FILE_BYTES = 25 * 1024 * 1024;
const CHUNK = 1024 * 1024;

export async function seedBigCase(ownerId?: string): Promise<{ userId: string; caseId: string }> {
  const userId = ownerId ?? (await db().user.create({ data: { email: `bench-${Date.now()}@example.com` } })).id;
  const found = await db().case.create({
    data: {
      ownerId: userId,
      kind: "FRAUD",
      platform: "ALIPAY",
      title: "基准测试：五百兆证据的案件",
      amountFen: 2_800_000n,
      facts: {
        kind: "FRAUD",
        discoveredAt: "2026-11-29T08:00:00.000Z",
        policeReportedAt: null,
        policeReceiptNo: null,
      },
    },
  });
  const store = blobStore();
  for (let i = 0; i < BIG_CASE_FILES; i++) {
    const hash = createHash("sha256");
    const chunks = (function* () {
      for (let sent = 0; sent < BIG_CASE_FILE_BYTES; sent += CHUNK) {
        const chunk = randomBytes(CHUNK);
        hash.update(chunk);
        yield chunk;
      }
    })();
    const key = `cases/${found.id}/bench-${i}`;
    await store.put(key, { stream: Readable.from(chunks) }, BIG_CASE_FILE_BYTES);
    await db().evidence.create({
      data: {
        caseId: found.id,
        sha256: hash.digest("hex"),
        size: BIG_CASE_FILE_BYTES,
        mime: "video/mp4",
        ext: "mp4",
        name: `录像-${i + 1}.mp4`,
        storageKey: key,
      },
    });
  }
  return { userId, caseId: found.id };
}
