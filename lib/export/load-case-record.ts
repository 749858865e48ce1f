import "server-only";
import { readAuditChain } from "@/lib/audit";
import { caseDeadlines, retractedIds } from "@/lib/cases/case-deadlines";
import type { CaseStatus } from "@/lib/cases/case-status";
import type { CaseKind } from "@/lib/cases/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { bundleFileName, type CaseRecord } from "./case-record";

/** The owner's case with everything a summary or letter needs; another user's case is NotFoundError (404). */
export async function loadCaseRecord(ownerId: string, caseId: string, now: Date): Promise<CaseRecord> {
  const found = await db().case.findFirst({
    where: { id: caseId, ownerId },
    include: {
      payments: { orderBy: { position: "asc" } },
      events: { orderBy: [{ occurredAt: "asc" }, { recordedAt: "asc" }] },
      evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      owner: { select: { timeZone: true } },
    },
  });
  if (!found) throw new NotFoundError("case");
  const status = found.status as CaseStatus;
  const { deadlines, stored: facts } = caseDeadlines({ ...found, status }, now);
  const retracted = retractedIds(found.events);
  const chain = await readAuditChain(found.id);
  const head = chain.entries.at(-1);
  return {
    id: found.id,
    kind: found.kind as CaseKind,
    platform: found.platform,
    title: found.title,
    note: found.note,
    status,
    amountFen: found.amountFen,
    recoveredFen: found.recoveredFen,
    createdAt: found.createdAt,
    timeZone: found.owner.timeZone,
    facts,
    payments: found.payments.map((p) => ({ ...p, direction: p.direction })),
    events: found.events.map((e) => ({
      id: e.id,
      type: e.type,
      occurredAt: e.occurredAt,
      payload: e.payload,
      retracted: retracted.has(e.id),
    })),
    evidence: found.evidence.map((e, i) => ({
      id: e.id,
      name: e.name,
      sha256: e.sha256,
      size: e.size,
      mime: e.mime,
      ext: e.ext,
      item: e.item,
      createdAt: e.createdAt,
      storageKey: e.storageKey,
      bundlePath: `evidence/${bundleFileName(i, e.name, e.ext)}`,
    })),
    deadlines,
    audit: { headHash: head?.hash ?? null, headSeq: head?.seq ?? 0, intact: chain.verdict.intact },
  };
}
