import "server-only";
import { db } from "@/lib/db";
import type { CaseKind } from "@/lib/deadlines";
import { NotFoundError } from "@/lib/errors";
import { checklistCompleteness, factsFromPayments, type ChecklistEntry, type ChecklistFacts } from "./checklist";
import { EVIDENCE_VIEW_SELECT, type EvidenceListItem } from "./evidence-view";
import { evidenceLimits } from "./limits";

/** Flat and serialisable: the case page spreads it into <EvidencePanel>. */
export interface CaseEvidence {
  files: EvidenceListItem[];
  checklist: ChecklistEntry[];
  /** What the case's forms record that meets checklist items (a payment's 交易单号). */
  facts: ChecklistFacts;
  present: number;
  total: number;
  percent: number;
  usedBytes: number;
  maxCaseBytes: number;
  maxFileBytes: number;
}

/** The case's files, newest first, and how far they and its payments cover its checklist. Not yours → 404. */
export async function listEvidenceForCase(ownerId: string, caseId: string): Promise<CaseEvidence> {
  const found = await db().case.findFirst({
    where: { id: caseId, ownerId },
    select: {
      kind: true,
      evidence: { select: EVIDENCE_VIEW_SELECT, orderBy: { createdAt: "desc" } },
      payments: { select: { transactionId: true } },
    },
  });
  if (!found) throw new NotFoundError("case");
  const files = found.evidence.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
  const limits = evidenceLimits();
  const facts = factsFromPayments(found.payments);
  const { entries, present, total, percent } = checklistCompleteness(
    found.kind as CaseKind,
    files.map((file) => file.item),
    facts,
  );
  return {
    files,
    checklist: entries,
    facts,
    present,
    total,
    percent,
    usedBytes: files.reduce((sum, file) => sum + file.size, 0),
    maxCaseBytes: limits.maxCaseBytes,
    maxFileBytes: limits.maxFileBytes,
  };
}
