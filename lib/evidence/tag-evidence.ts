import "server-only";
import { appendAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { CaseKind } from "@/lib/deadlines";
import { NotFoundError } from "@/lib/errors";
import { isChecklistItem } from "./checklist";
import { toEvidenceView, type EvidenceView } from "./evidence-view";
import { UploadError } from "./upload-error";

/** Re-tags a file to a checklist item (or none); the change is a custody entry. */
export async function tagEvidence(input: {
  ownerId: string;
  caseId: string;
  evidenceId: string;
  item: string | null;
  now: Date;
}): Promise<EvidenceView> {
  return db().$transaction(async (tx) => {
    const row = await tx.evidence.findFirst({
      where: { id: input.evidenceId, caseId: input.caseId, case: { ownerId: input.ownerId } },
      include: { case: { select: { kind: true } } },
    });
    if (!row) throw new NotFoundError("evidence");
    if (input.item !== null && !isChecklistItem(row.case.kind as CaseKind, input.item)) {
      throw new UploadError("unknown_item");
    }
    if (row.item === input.item) return toEvidenceView(row);
    const updated = await tx.evidence.update({ where: { id: row.id }, data: { item: input.item } });
    await appendAudit(tx, {
      caseId: row.caseId,
      actor: `user:${input.ownerId}`,
      action: "evidence.retagged",
      before: { id: row.id, sha256: row.sha256, item: row.item },
      after: { id: row.id, sha256: row.sha256, item: input.item },
      at: input.now,
    });
    return toEvidenceView(updated);
  });
}
