import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { sweepStaleUploads } from "@/lib/evidence/ingest-stream";
import { assertValidKey, type BlobListing, type BlobStore } from "@/lib/storage";

/** Younger objects may belong to an upload still in flight (its blob is stored before its row). */
export const ORPHAN_MIN_AGE_MS = 24 * 3600_000;
const PAGE = 500;

export interface SweepResult {
  /** Blobs with no Evidence row, removed. */
  orphans: string[];
  /** `.tmp-*` files a crash mid-put left in the store, removed. */
  temps: string[];
  /** Upload temp files (DATA_DIR/tmp/uploads) removed. */
  uploads: number;
}

/**
 * What a crash leaves: a blob stored whose row was never written, a half-written `.tmp-*` file,
 * an upload's temp file. The store's listing is compared with the Evidence rows; anything
 * without a row and older than a day is removed. Idempotent: a second run finds nothing.
 */
export async function sweepOrphanBlobs(
  client: PrismaClient,
  store: BlobStore,
  now: Date,
  uploadTmpDir: string | null,
): Promise<SweepResult> {
  const cutoff = now.getTime() - ORPHAN_MIN_AGE_MS;
  const result: SweepResult = { orphans: [], temps: [], uploads: 0 };
  let page: BlobListing[] = [];
  const flush = async () => {
    const known = new Set(
      (
        await client.evidence.findMany({
          where: { storageKey: { in: page.map((b) => b.key) } },
          select: { storageKey: true },
        })
      ).map((row) => row.storageKey),
    );
    for (const blob of page) {
      if (known.has(blob.key)) continue;
      await store.delete(blob.key);
      (isTemp(blob.key) ? result.temps : result.orphans).push(blob.key);
    }
    page = [];
  };
  for await (const blob of store.list()) {
    if (blob.modifiedAt.getTime() > cutoff || !validKey(blob.key)) continue;
    page.push(blob);
    if (page.length >= PAGE) await flush();
  }
  if (page.length > 0) await flush();
  if (uploadTmpDir) result.uploads = await sweepStaleUploads(uploadTmpDir, now, ORPHAN_MIN_AGE_MS);
  return result;
}

/** Something in the store that is not a key we could have written: not ours to delete. */
function validKey(key: string): boolean {
  try {
    assertValidKey(key);
    return true;
  } catch {
    return false;
  }
}

function isTemp(key: string): boolean {
  return (key.split("/").at(-1) ?? "").startsWith(".tmp-");
}
