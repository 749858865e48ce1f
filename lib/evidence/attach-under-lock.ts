import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { appendAudit } from "@/lib/audit";
import { lockOwnedCase, type LockedCase } from "@/lib/cases";
import { db, type Prisma } from "@/lib/db";
import type { CaseKind } from "@/lib/deadlines";
import type { AppError } from "@/lib/errors";
import { userStorageBytes, userStorageLimitBytes, withinQuota } from "@/lib/quotas";
import type { BlobStore } from "@/lib/storage";
import { toEvidenceView, type EvidenceView } from "./evidence-view";
import type { EvidenceLimits } from "./limits";
import { UploadError } from "./upload-error";

export interface NewEvidenceRow {
  caseId: string;
  ownerId: string;
  sha256: string;
  size: number;
  mime: string;
  ext: string;
  name: string;
  item: string | null;
  storageKey: string;
  now: Date;
}

/**
 * The evidence row and its custody entry, which must never exist one without the other.
 * `extra` rides along in the entry and the returned view (an upload's slot proposal).
 */
export async function addEvidenceRow<E extends object = Record<never, never>>(
  tx: Prisma.TransactionClient,
  file: NewEvidenceRow,
  extra?: E,
): Promise<EvidenceView & E> {
  const { ownerId, now, ...data } = file;
  const row = await tx.evidence.create({ data: { ...data, createdAt: now } });
  const view = { ...toEvidenceView(row), ...(extra as E) };
  await appendAudit(tx, {
    caseId: file.caseId,
    actor: `user:${ownerId}`,
    action: "evidence.added",
    after: view,
    at: now,
  });
  return view;
}

export interface AttachInput {
  ownerId: string;
  caseId: string;
  bytes: Uint8Array;
  /** the name as sent; an empty one becomes `<fallbackStem>.<ext>` */
  fileName: string;
  fallbackStem: string;
  type: { mime: string; ext: string };
  now: Date;
  store: BlobStore;
  limits: EvidenceLimits;
  /** the checklist item a new row is tagged to (the kind is read under the lock) */
  itemFor: (kind: CaseKind) => string | null;
  /** the same file already on the case, untagged, is tagged now (a screenshot fills its slot) */
  retagUntagged?: boolean;
  /** each caller answers a full case in its own vocabulary; thrown, so the transaction rolls back */
  caseFull: (limitMb: number) => AppError;
}

/**
 * One file kept as evidence by a command that writes more in the same transaction (a bill's
 * payments, a screenshot's payment). The blob is written before the transaction so no upload
 * runs under the case lock; `write` runs under that lock with the evidence row's id, and the
 * blob is removed again unless a row that names it committed (the file was already evidence,
 * a racing request won, or anything threw). The owner's upload quotas apply as to any upload:
 * the hourly count, and the storage over all their cases, re-checked under the same advisory
 * lock the upload route takes, so parallel requests to different cases cannot slip past it.
 */
export async function attachUnderLock<T>(
  input: AttachInput,
  write: (tx: Prisma.TransactionClient, found: LockedCase, evidenceId: string) => Promise<T>,
): Promise<T> {
  if (!(await withinQuota(input.ownerId, "uploads", input.now))) throw new UploadError("too_many_uploads");
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const key = `cases/${input.caseId}/${randomUUID()}`;
  await input.store.put(key, { stream: Readable.from([Buffer.from(input.bytes)]) }, input.bytes.length);
  let keyUsed = false;
  try {
    const { created, result } = await db().$transaction(
      async (tx) => {
        // Before any row lock, in the order uploadEvidence takes them (no deadlock with erasure).
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`evidence-upload:${input.ownerId}`}))`;
        const found = await lockOwnedCase(tx, input.ownerId, input.caseId);
        const evidence = await evidenceRow(tx, found, input, sha256, key);
        return { created: evidence.created, result: await write(tx, found, evidence.id) };
      },
      { timeout: 30_000 },
    );
    keyUsed = created; // only once committed: a rolled-back row leaves its blob unused
    return result;
  } finally {
    if (!keyUsed) await input.store.delete(key).catch(() => undefined);
  }
}

/** The file's row: the one already on the case (same bytes), else a new one within the case cap. */
async function evidenceRow(
  tx: Prisma.TransactionClient,
  found: LockedCase,
  input: AttachInput,
  sha256: string,
  storageKey: string,
): Promise<{ id: string; created: boolean }> {
  const item = input.itemFor(found.kind as CaseKind);
  const existing = await tx.evidence.findFirst({
    where: { caseId: found.id, sha256 },
    select: { id: true, item: true },
  });
  if (existing) {
    if (input.retagUntagged && !existing.item && item) {
      await tx.evidence.update({ where: { id: existing.id }, data: { item } });
      await appendAudit(tx, {
        caseId: found.id,
        actor: `user:${input.ownerId}`,
        action: "evidence.retagged",
        before: { id: existing.id, sha256, item: null },
        after: { id: existing.id, sha256, item },
        at: input.now,
      });
    }
    return { id: existing.id, created: false };
  }
  const { _sum } = await tx.evidence.aggregate({ where: { caseId: found.id }, _sum: { size: true } });
  if ((_sum.size ?? 0) + input.bytes.length > input.limits.maxCaseBytes) {
    throw input.caseFull(Math.floor(input.limits.maxCaseBytes / 2 ** 20));
  }
  const userLimit = userStorageLimitBytes();
  if ((await userStorageBytes(input.ownerId, tx)) + input.bytes.length > userLimit) {
    throw new UploadError("storage_full", { limitMb: Math.floor(userLimit / 2 ** 20) });
  }
  const row = await addEvidenceRow(tx, {
    caseId: found.id,
    ownerId: input.ownerId,
    sha256,
    size: input.bytes.length,
    mime: input.type.mime,
    ext: input.type.ext,
    name: clip(input.fileName, 255) || `${input.fallbackStem}.${input.type.ext}`,
    item,
    storageKey,
    now: input.now,
  });
  return { id: row.id, created: true };
}

/** Postgres counts characters, zod UTF-16 units: cut by units, never inside a surrogate pair. */
export function clip(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
