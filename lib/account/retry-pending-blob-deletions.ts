import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { BlobStore } from "@/lib/storage";

/**
 * Evidence blobs of deleted accounts that the store refused to delete at the time (S3 down,
 * a disk error) are named in their AccountDeletion record; the worker tries them again. A key
 * is dropped from the record once its delete succeeds (deleting a missing blob succeeds), so
 * the record ends with an empty list. Returns how many blobs went and how many remain.
 */
export async function retryPendingBlobDeletions(
  client: PrismaClient,
  store: BlobStore,
): Promise<{ deleted: number; remaining: number }> {
  const records = await client.accountDeletion.findMany({
    where: { NOT: { pendingBlobKeys: { isEmpty: true } } },
    select: { id: true, pendingBlobKeys: true },
  });
  let deleted = 0;
  let remaining = 0;
  for (const record of records) {
    const outcomes = await Promise.allSettled(record.pendingBlobKeys.map((key) => store.delete(key)));
    const still = record.pendingBlobKeys.filter((_key, i) => outcomes[i]!.status === "rejected");
    deleted += record.pendingBlobKeys.length - still.length;
    remaining += still.length;
    if (still.length < record.pendingBlobKeys.length) {
      await client.accountDeletion.update({ where: { id: record.id }, data: { pendingBlobKeys: still } });
    }
  }
  return { deleted, remaining };
}
