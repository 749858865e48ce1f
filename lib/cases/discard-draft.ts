import "server-only";
import { db } from "@/lib/db";
import { blobStore, type BlobStore } from "@/lib/storage";
import { CaseStateError } from "./errors";
import { lockOwnedCase } from "./lock-case";

/**
 * Throws a wizard draft away with everything it gathered: the case row and, by cascade, its
 * evidence rows (a bill uploaded in the wizard), recovered-money events and audit entries; then
 * the evidence blobs. The case row is locked first, so an upload racing the discard either
 * commits before (and its blob is listed here) or finds no case and removes its own blob. Rows
 * first, blobs after the commit: a failed blob delete is retried once, never a row without bytes.
 * Only a draft: an opened case is evidence of what happened and is closed, not deleted.
 */
export async function discardDraft(
  ownerId: string,
  caseId: string,
  store: BlobStore = blobStore(),
): Promise<{ files: number }> {
  const keys = await db().$transaction(async (tx) => {
    const found = await lockOwnedCase(tx, ownerId, caseId);
    if (found.status !== "DRAFT") throw new CaseStateError("draft_only");
    const evidence = await tx.evidence.findMany({ where: { caseId }, select: { storageKey: true } });
    await tx.case.delete({ where: { id: caseId } });
    return evidence.map((e) => e.storageKey);
  });
  for (const key of keys) {
    await store.delete(key).catch(() => store.delete(key));
  }
  return { files: keys.length };
}
