import "server-only";
import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { blobStore, BlobNotFoundError, type BlobStore } from "@/lib/storage";

export interface OpenedEvidence {
  name: string;
  ext: string;
  mime: string;
  size: number;
  sha256: string;
  stream: Readable;
}

/** The file's bytes for its owner only: another user's (or a missing) file is a 404. */
export async function openEvidenceForUser(
  ownerId: string,
  caseId: string,
  evidenceId: string,
  store: BlobStore = blobStore(),
): Promise<OpenedEvidence> {
  const row = await db().evidence.findFirst({
    where: { id: evidenceId, caseId, case: { ownerId } },
    select: { name: true, ext: true, mime: true, size: true, sha256: true, storageKey: true },
  });
  if (!row) throw new NotFoundError("evidence");
  try {
    const stream = await store.get(row.storageKey);
    return { name: row.name, ext: row.ext, mime: row.mime, size: row.size, sha256: row.sha256, stream };
  } catch (error) {
    if (error instanceof BlobNotFoundError) throw new NotFoundError("evidence blob");
    throw error;
  }
}
