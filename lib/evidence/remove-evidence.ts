import "server-only";
import { appendAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { blobStore, type BlobStore } from "@/lib/storage";
import { toEvidenceView } from "./evidence-view";

/**
 * Removes a file: the row goes and the chain gains an entry that keeps its
 * hash, name, size and type (so the chain still says what was there), then
 * the blob is deleted. Row first: a failed blob delete leaves an orphan blob,
 * never a row pointing at nothing.
 */
export async function removeEvidence(
  input: { ownerId: string; caseId: string; evidenceId: string; now: Date },
  store: BlobStore = blobStore(),
): Promise<void> {
  const storageKey = await db().$transaction(async (tx) => {
    const row = await tx.evidence.findFirst({
      where: { id: input.evidenceId, caseId: input.caseId, case: { ownerId: input.ownerId } },
    });
    if (!row) throw new NotFoundError("evidence");
    await tx.evidence.delete({ where: { id: row.id } });
    await appendAudit(tx, {
      caseId: row.caseId,
      actor: `user:${input.ownerId}`,
      action: "evidence.removed",
      before: toEvidenceView(row),
      at: input.now,
    });
    return row.storageKey;
  });
  await store.delete(storageKey);
}
