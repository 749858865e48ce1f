import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { appendAudit } from "@/lib/audit";
import {
  addDraftPaymentsInTransaction,
  addPaymentsInTransaction,
  lockOwnedCase,
  type LockedCase,
  type NewPayment,
} from "@/lib/cases";
import type { DraftPayment } from "@/lib/cases/draft-payments";
import { db, type Prisma } from "@/lib/db";
import type { CaseKind } from "@/lib/deadlines";
import { checklistForKind, evidenceLimits, type EvidenceLimits } from "@/lib/evidence";
import { classifyEvidence, SNIFF_BYTES } from "@/lib/evidence/classify-evidence";
import { toEvidenceView } from "@/lib/evidence/evidence-view";
import { AppError, NotFoundError } from "@/lib/errors";
import { blobStore, type BlobStore } from "@/lib/storage";

/** The checklist slot a payment screenshot fills, most specific first (lib/deadlines/catalog/evidence.ts). */
export const SCREENSHOT_CHECKLIST_ITEMS = [
  "transfer-screenshot",
  "transaction-screenshots",
  "transfer-vouchers",
  "payment-voucher",
] as const;

export function screenshotChecklistItem(kind: CaseKind): string | null {
  const ids = new Set(checklistForKind(kind).map((item) => item.id));
  return SCREENSHOT_CHECKLIST_ITEMS.find((id) => ids.has(id)) ?? null;
}

export type KeepScreenshotResult = {
  ok: true;
  evidenceId: string;
  version: number;
  added: number;
  draftPayments?: DraftPayment[];
};

/** A refusal of the screenshot itself (the fields were refused earlier, by the form's schema). */
export class ScreenshotRefused extends AppError {
  constructor(code: "not_an_image" | "file_too_large" | "case_full", values?: Record<string, number>) {
    super(code, code === "file_too_large" ? 413 : 422, `screenshots.errors.${code}`, values ? { values } : {});
  }
}

/**
 * The payment a person confirmed from a screenshot (the fields as they left them, never the
 * OCR's own reading), added to the open case or the wizard's draft, and the screenshot kept as
 * its evidence in the same transaction: tagged to the case's 转账截图 slot, its id in the
 * payment's audit entry as the source (as a bill import names its file). The same screenshot
 * already on the case is reused (and tagged if it was not). All or nothing; the blob written
 * first is removed again when the transaction did not keep it. Refusals throw AppErrors.
 */
export async function keepScreenshotPayment(input: {
  ownerId: string;
  caseId: string;
  baseVersion: number;
  bytes: Uint8Array;
  fileName: string;
  payment: NewPayment;
  now: Date;
  store?: BlobStore;
  limits?: EvidenceLimits;
}): Promise<KeepScreenshotResult> {
  const owned = await db().case.findFirst({
    where: { id: input.caseId, ownerId: input.ownerId },
    select: { id: true },
  });
  if (!owned) throw new NotFoundError("case");
  const type = classifyEvidence(input.bytes.subarray(0, SNIFF_BYTES));
  if (!type.ok || !type.mime.startsWith("image/")) throw new ScreenshotRefused("not_an_image");
  const limits = input.limits ?? evidenceLimits();
  if (input.bytes.length > limits.maxFileBytes) {
    throw new ScreenshotRefused("file_too_large", { maxMegabytes: Math.floor(limits.maxFileBytes / 2 ** 20) });
  }

  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const store = input.store ?? blobStore();
  const key = `cases/${input.caseId}/${randomUUID()}`;
  await store.put(key, { stream: Readable.from([Buffer.from(input.bytes)]) }, input.bytes.length);
  let keyUsed = false;
  try {
    const { created, ...result } = await db().$transaction(
      async (tx) => {
        const found = await lockOwnedCase(tx, input.ownerId, input.caseId);
        const evidence = await screenshotEvidence(tx, found, { ...input, sha256, key, type, limits });
        const common = {
          ownerId: input.ownerId,
          baseVersion: input.baseVersion,
          payments: [input.payment],
          source: { evidenceId: evidence.id, from: "screenshot" },
          now: input.now,
        };
        if (found.status === "DRAFT") {
          const user = await tx.user.findUniqueOrThrow({ where: { id: input.ownerId }, select: { timeZone: true } });
          const draft = await addDraftPaymentsInTransaction(tx, found, { ...common, timeZone: user.timeZone });
          return {
            created: evidence.created,
            ok: true as const,
            evidenceId: evidence.id,
            version: draft.version,
            added: draft.added,
            draftPayments: draft.payments,
          };
        }
        const filled = await addPaymentsInTransaction(tx, found, common);
        return {
          created: evidence.created,
          ok: true as const,
          evidenceId: evidence.id,
          version: filled.version,
          added: filled.added,
        };
      },
      { timeout: 30_000 },
    );
    keyUsed = created;
    return result;
  } finally {
    if (!keyUsed) await store.delete(key).catch(() => undefined);
  }
}

async function screenshotEvidence(
  tx: Prisma.TransactionClient,
  found: LockedCase,
  input: {
    ownerId: string;
    bytes: Uint8Array;
    fileName: string;
    now: Date;
    sha256: string;
    key: string;
    type: { mime: string; ext: string };
    limits: EvidenceLimits;
  },
): Promise<{ id: string; created: boolean }> {
  const item = screenshotChecklistItem(found.kind as CaseKind);
  const existing = await tx.evidence.findFirst({
    where: { caseId: found.id, sha256: input.sha256 },
    select: { id: true, item: true, sha256: true },
  });
  if (existing) {
    // An untagged upload read from the evidence panel now fills the slot, recorded as a retag.
    if (!existing.item && item) {
      await tx.evidence.update({ where: { id: existing.id }, data: { item } });
      await appendAudit(tx, {
        caseId: found.id,
        actor: `user:${input.ownerId}`,
        action: "evidence.retagged",
        before: { id: existing.id, sha256: existing.sha256, item: null },
        after: { id: existing.id, sha256: existing.sha256, item },
        at: input.now,
      });
    }
    return { id: existing.id, created: false };
  }
  const { _sum } = await tx.evidence.aggregate({ where: { caseId: found.id }, _sum: { size: true } });
  if ((_sum.size ?? 0) + input.bytes.length > input.limits.maxCaseBytes) throw new ScreenshotRefused("case_full");
  const row = await tx.evidence.create({
    data: {
      caseId: found.id,
      sha256: input.sha256,
      size: input.bytes.length,
      mime: input.type.mime,
      ext: input.type.ext,
      name: input.fileName.slice(0, 255) || `screenshot.${input.type.ext}`,
      item,
      storageKey: input.key,
      createdAt: input.now,
    },
  });
  await appendAudit(tx, {
    caseId: found.id,
    actor: `user:${input.ownerId}`,
    action: "evidence.added",
    after: toEvidenceView(row),
    at: input.now,
  });
  return { id: row.id, created: true };
}
