import "server-only";
// Narrow imports, not the barrels: the embedded launcher loads this at start, and the barrels
// pull in the email and PDF renderers (ADR 0020).
import { refreshStaleUrgency } from "@/lib/cases/case-urgency";
import type { PrismaClient } from "@/lib/db/generated/client";
import { uploadTmpDir } from "@/lib/evidence/limits";
import { retryPendingBlobDeletions } from "@/lib/account/retry-pending-blob-deletions";
import { replanStaleCases } from "@/lib/reminders/replan-cases";
import { blobStore, type BlobStore } from "@/lib/storage";
import { sweepOrphanBlobs } from "./sweep-orphan-blobs";

/**
 * The worker's hourly round (and its first one, at start): what a release or a failure can
 * leave stale. Reminders planned and list order stored under another holiday calendar (or
 * before the columns existed) are recomputed; evidence blobs a deleted account left behind are
 * deleted again; blobs and temp files a crash left (no row, older than a day) are swept. Each part is idempotent and cheap when there is nothing to do.
 */
export async function runHousekeeping(
  client: PrismaClient,
  now: Date,
  log: (line: string) => void,
  store: BlobStore = blobStore(),
): Promise<void> {
  const replanned = await replanStaleCases(client, now);
  if (replanned > 0) log(`re-planned the reminders of ${replanned} case(s) for a new holiday calendar`);
  const refreshed = await refreshStaleUrgency(client, now, {
    onError: (caseId, error) =>
      log(`case ${caseId}: list order not recomputed: ${error instanceof Error ? error.message : String(error)}`),
  });
  if (refreshed > 0) log(`recomputed the stored list order of ${refreshed} case(s)`);
  const blobs = await retryPendingBlobDeletions(client, store);
  if (blobs.deleted + blobs.remaining > 0) {
    log(
      `deleted accounts' evidence: ${blobs.deleted} blob(s) deleted now, ${blobs.remaining} still refused by the store`,
    );
  }
  const swept = await sweepOrphanBlobs(client, store, now, uploadTmpDir());
  for (const key of swept.orphans) log(`removed orphan blob ${key} (no evidence row, older than a day)`);
  for (const key of swept.temps) log(`removed temp file ${key} left by an interrupted write`);
  if (swept.uploads > 0) log(`removed ${swept.uploads} upload temp file(s) older than a day`);
}
