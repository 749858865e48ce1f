import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { blobStore, type BlobStore } from "@/lib/storage";

/** The deletion record's only link to the person: a one-way hash of an id that no longer exists. */
export function deletionSubjectHash(userId: string): string {
  return createHash("sha256").update(`recourse-user:${userId}`).digest("hex");
}

export interface ErasedCounts {
  cases: number;
  payments: number;
  events: number;
  auditEntries: number;
  evidenceFiles: number;
  evidenceBytes: number;
  letterVersions: number;
  sessions: number;
}

/**
 * Deletes the user and everything theirs (PIPL art. 47): rows by cascade from the user,
 * then the evidence blobs (lib/auth deleteAccount first clears the sign-in tokens and
 * throttling counters keyed by their address, whose formats it owns). The user's cases are locked first, so no upload can add a blob we did not list.
 * An AccountDeletion row (hashed id and counts, no personal data) is written in the same
 * transaction; blobs the store refuses to delete are named in it for a later retry.
 * Every session row goes with the user, so every browser is signed out.
 */
export async function eraseAccount(
  userId: string,
  now: Date,
  store: BlobStore = blobStore(),
): Promise<{ erased: boolean; counts?: ErasedCounts }> {
  const result = await db().$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
      if (!user) return null;
      await tx.$queryRaw`SELECT id FROM "Case" WHERE "ownerId" = ${userId} FOR UPDATE`;
      const byCase = { case: { ownerId: userId } };
      const evidence = await tx.evidence.findMany({ where: byCase, select: { storageKey: true, size: true } });
      const counts: ErasedCounts = {
        cases: await tx.case.count({ where: { ownerId: userId } }),
        payments: await tx.payment.count({ where: byCase }),
        events: await tx.caseEvent.count({ where: byCase }),
        auditEntries: await tx.auditEntry.count({ where: byCase }),
        evidenceFiles: evidence.length,
        evidenceBytes: evidence.reduce((sum, e) => sum + e.size, 0),
        letterVersions: await tx.letterDraft.count({ where: byCase }),
        sessions: await tx.session.count({ where: { userId } }),
      };
      await tx.user.delete({ where: { id: userId } });
      const record = await tx.accountDeletion.create({
        data: { subjectHash: deletionSubjectHash(userId), deletedAt: now, counts: { ...counts }, pendingBlobKeys: [] },
        select: { id: true },
      });
      return { counts, keys: evidence.map((e) => e.storageKey), recordId: record.id };
    },
    { timeout: 30_000 },
  );
  if (!result) return { erased: false };
  // Rows first, blobs after the commit: a failure leaves an unreachable blob, listed for retry,
  // never a row pointing at nothing.
  const outcomes = await Promise.allSettled(result.keys.map((key) => store.delete(key)));
  const pending = result.keys.filter((_key, i) => outcomes[i]!.status === "rejected");
  if (pending.length > 0) {
    await db().accountDeletion.update({ where: { id: result.recordId }, data: { pendingBlobKeys: pending } });
  }
  return { erased: true, counts: result.counts };
}
