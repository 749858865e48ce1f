import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import type { Readable } from "node:stream";
import { db, Prisma } from "@/lib/db";
import type { CaseKind } from "@/lib/deadlines";
import { NotFoundError } from "@/lib/errors";
import { userStorageBytes, userStorageLimitBytes, withinQuota } from "@/lib/quotas";
import { blobStore, type BlobStore } from "@/lib/storage";
import { isChecklistItem, uploadSlotsForKind } from "./checklist";
import { classifyEvidence } from "./classify-evidence";
import { addEvidenceRow } from "./attach-under-lock";
import type { EvidenceView } from "./evidence-view";
import { proposeSlot, type SlotProposal } from "./propose-slot";
import { discardIngested, sweepStaleUploads } from "./ingest-stream";
import { evidenceLimits, uploadTmpDir, type EvidenceLimits } from "./limits";
import { receiveMultipart, type ReceivedFile } from "./receive-multipart";
import { UploadError } from "./upload-error";

export interface UploadInput {
  ownerId: string;
  caseId: string;
  body: Readable;
  contentType: string;
  /** the request's Content-Length, when it sent one */
  contentLength: number | null;
  now: Date;
  limits?: EvidenceLimits;
  store?: BlobStore;
  tmpDir?: string;
}

/** A stored file; `proposed` says why it was filed where it was when the upload named no item. */
export interface UploadedEvidence extends EvidenceView {
  proposed: SlotProposal["because"] | null;
}

// Multipart framing around the file bytes: boundaries and part headers, generously.
const FRAMING_SLACK = 64 * 1024;

/**
 * The whole upload: ownership first (another user's case is a 404 before a
 * byte is read), an over-cap Content-Length refused unread, the body streamed
 * to temp files, each file typed by content, duplicates and the per-case cap
 * checked, blobs stored, then rows and custody entries in one transaction.
 * All or nothing: any refusal leaves no temp file, blob or row. A file sent without an
 * item is filed in the checklist slot it most likely fills (proposeSlot), judged under
 * the lock against the slots still empty, each file of the batch filling one in turn.
 */
export async function uploadEvidence(input: UploadInput): Promise<UploadedEvidence[]> {
  const limits = input.limits ?? evidenceLimits();
  const store = input.store ?? blobStore();
  const tmpDir = input.tmpDir ?? uploadTmpDir();

  const found = await db().case.findFirst({
    where: { id: input.caseId, ownerId: input.ownerId },
    select: { kind: true },
  });
  if (!found) throw new NotFoundError("case");
  if (!(await withinQuota(input.ownerId, "uploads", input.now))) throw new UploadError("too_many_uploads");
  const used = await caseBytes(db(), input.caseId);
  const userLimit = userStorageLimitBytes();
  const userMb = { limitMb: Math.floor(userLimit / 2 ** 20) };
  const limitMb = { limitMb: Math.floor(limits.maxFileBytes / 2 ** 20) };
  const caseMb = { limitMb: Math.floor(limits.maxCaseBytes / 2 ** 20) };
  if (input.contentLength !== null) {
    if (input.contentLength > limits.maxFiles * limits.maxFileBytes + FRAMING_SLACK) {
      throw new UploadError("request_too_large", limitMb);
    }
    if (input.contentLength > limits.maxCaseBytes - used + FRAMING_SLACK) throw new UploadError("case_full", caseMb);
    const userUsed = await userStorageBytes(input.ownerId);
    if (input.contentLength > userLimit - userUsed + FRAMING_SLACK) throw new UploadError("storage_full", userMb);
  }

  await mkdir(tmpDir, { recursive: true });
  await sweepStaleUploads(tmpDir, input.now);
  const { files, fields } = await receiveMultipart(input.body, input.contentType, { ...limits, tmpDir });
  try {
    const item = fields.item?.trim() || null;
    if (item !== null && !isChecklistItem(found.kind as CaseKind, item)) throw new UploadError("unknown_item");
    const typed = await classifyAll(files);
    const seen = new Set<string>();
    for (const file of typed) {
      if (seen.has(file.sha256)) throw new UploadError("duplicate", { name: file.name });
      seen.add(file.sha256);
    }
    const keys = typed.map(() => `cases/${input.caseId}/${randomUUID()}`);
    await putAll(store, typed, keys);
    try {
      return await db().$transaction(
        async (tx) => {
          // The owner's uploads queue here (an advisory lock, taken before any row lock, so it
          // cannot deadlock with account erasure), then the case row is locked; both caps are
          // re-checked under them: a parallel upload to this case or another cannot slip past.
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`evidence-upload:${input.ownerId}`}))`;
          const locked = await tx.$queryRaw<
            { id: string }[]
          >`SELECT id FROM "Case" WHERE id = ${input.caseId} FOR UPDATE`;
          // A draft discarded meanwhile: its blobs are removed below, as for any refusal.
          if (locked.length === 0) throw new NotFoundError("case");
          const existing = await tx.evidence.findFirst({
            where: { caseId: input.caseId, sha256: { in: [...seen] } },
            select: { name: true },
          });
          if (existing) throw new UploadError("duplicate", { name: existing.name });
          const total = typed.reduce((sum, file) => sum + file.size, await caseBytes(tx, input.caseId));
          if (total > limits.maxCaseBytes) throw new UploadError("case_full", caseMb);
          const added = typed.reduce((sum, file) => sum + file.size, 0);
          if ((await userStorageBytes(input.ownerId, tx)) + added > userLimit) {
            throw new UploadError("storage_full", userMb);
          }
          const filled = new Set(
            (await tx.evidence.findMany({ where: { caseId: input.caseId }, select: { item: true } })).map(
              (e) => e.item,
            ),
          );
          const slots = uploadSlotsForKind(found.kind as CaseKind);
          const views: UploadedEvidence[] = [];
          for (const [index, file] of typed.entries()) {
            const proposal =
              item === null
                ? proposeSlot(
                    file,
                    slots.map((slot) => ({ id: slot.id, open: !filled.has(slot.id) })),
                  )
                : null;
            const fileItem = item ?? proposal?.slot ?? null;
            filled.add(fileItem);
            const view = await addEvidenceRow(
              tx,
              {
                caseId: input.caseId,
                ownerId: input.ownerId,
                sha256: file.sha256,
                size: file.size,
                mime: file.mime,
                ext: file.ext,
                name: file.name,
                item: fileItem,
                storageKey: keys[index]!,
                now: input.now,
              },
              { proposed: proposal?.because ?? null },
            );
            views.push(view);
          }
          return views;
        },
        { timeout: 30_000 },
      );
    } catch (error) {
      await Promise.allSettled(keys.map((key) => store.delete(key)));
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new UploadError("duplicate", { name: typed[0]?.name ?? "" });
      }
      throw error;
    }
  } finally {
    await discardIngested(files);
  }
}

type Typed = ReceivedFile & { mime: string; ext: string };

async function classifyAll(files: readonly ReceivedFile[]): Promise<Typed[]> {
  const typed: Typed[] = [];
  for (const file of files) {
    const verdict = classifyEvidence(file.head);
    if (!verdict.ok) throw new UploadError(`refused_${verdict.code}`, { name: file.name });
    typed.push({ ...file, mime: verdict.mime, ext: verdict.ext });
  }
  return typed;
}

async function putAll(store: BlobStore, files: readonly Typed[], keys: readonly string[]): Promise<void> {
  // One at a time: ten parallel PUTs would hold ten sets of socket buffers for no gain on one disk.
  for (const [index, file] of files.entries()) {
    try {
      await store.put(keys[index]!, { path: file.tmpPath }, file.size);
    } catch (error) {
      await Promise.allSettled(keys.slice(0, index + 1).map((key) => store.delete(key)));
      throw error;
    }
  }
}

async function caseBytes(client: Pick<Prisma.TransactionClient, "evidence">, caseId: string): Promise<number> {
  const { _sum } = await client.evidence.aggregate({ where: { caseId }, _sum: { size: true } });
  return _sum.size ?? 0;
}
