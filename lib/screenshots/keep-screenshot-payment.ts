import "server-only";
import { addDraftPaymentsInTransaction, addPaymentsInTransaction, type NewPayment } from "@/lib/cases";
import type { DraftPayment } from "@/lib/cases/draft-payments";
import { db } from "@/lib/db";
import type { CaseKind } from "@/lib/deadlines";
import { checklistForKind, evidenceLimits, type EvidenceLimits } from "@/lib/evidence";
import { classifyEvidence, SNIFF_BYTES } from "@/lib/evidence/classify-evidence";
import { attachUnderLock } from "@/lib/evidence/attach-under-lock";
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
 * its evidence in the same transaction: tagged to the case's 转账截图 slot, linked from the
 * payment (Payment.evidenceId; a draft's link waits in its facts until the case opens) and named
 * in the payment's audit entry as the source (as a bill import names its file). The same screenshot
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

  return attachUnderLock(
    {
      ...input,
      fallbackStem: "screenshot",
      type,
      store: input.store ?? blobStore(),
      limits,
      itemFor: screenshotChecklistItem,
      // An untagged upload read from the evidence panel now fills the slot, recorded as a retag.
      retagUntagged: true,
      caseFull: () => new ScreenshotRefused("case_full"),
    },
    async (tx, found, evidenceId) => {
      const common = {
        ownerId: input.ownerId,
        baseVersion: input.baseVersion,
        payments: [input.payment],
        source: { evidenceId, from: "screenshot" },
        now: input.now,
      };
      if (found.status === "DRAFT") {
        const user = await tx.user.findUniqueOrThrow({ where: { id: input.ownerId }, select: { timeZone: true } });
        const draft = await addDraftPaymentsInTransaction(tx, found, { ...common, timeZone: user.timeZone });
        return {
          ok: true as const,
          evidenceId,
          version: draft.version,
          added: draft.added,
          draftPayments: draft.payments,
        };
      }
      const filled = await addPaymentsInTransaction(tx, found, common);
      return { ok: true as const, evidenceId, version: filled.version, added: filled.added };
    },
  );
}
