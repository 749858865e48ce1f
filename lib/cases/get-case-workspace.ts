import "server-only";
import { readAuditChain } from "@/lib/audit";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { caseDeadlines, retractedIds } from "./case-deadlines";
import type { CaseStatus } from "./case-status";
import type { CaseKind } from "./schema";
import { toFormValues, type StoredCase } from "./stored-facts";

function selfCheckState(events: readonly { type: string; payload: unknown }[]): Record<string, boolean> {
  const state: Record<string, boolean> = {};
  for (const e of events) {
    const p = e.payload as { itemId?: unknown; checked?: unknown } | null;
    if (e.type === "SELF_CHECK_TICKED" && typeof p?.itemId === "string") state[p.itemId] = p.checked === true;
  }
  return state;
}

/**
 * Everything the case page shows, read once: the case, its payments, its log (retractions
 * applied), deadlines and advice computed for `now`, the self-check ticks and the verdict of
 * verifying the audit chain on read. Another user's case is NotFoundError (a 404).
 */
export async function getCaseWorkspace(ownerId: string, caseId: string, now: Date) {
  const found = await db().case.findFirst({
    where: { id: caseId, ownerId },
    include: {
      // The file a payment was read from, for its proof link on the payments list.
      payments: { orderBy: { position: "asc" }, include: { evidence: { select: { id: true, name: true } } } },
      events: { orderBy: [{ occurredAt: "asc" }, { recordedAt: "asc" }] },
      owner: { select: { timeZone: true } },
    },
  });
  if (!found) throw new NotFoundError("case");
  const status = found.status as CaseStatus;
  const kind = found.kind as CaseKind;
  const timeZone = found.owner.timeZone;
  const isDraft = status === "DRAFT";
  const computed = caseDeadlines({ ...found, status }, now);
  const stored: StoredCase | null = computed.stored
    ? {
        platform: found.platform,
        title: found.title,
        note: found.note,
        facts: computed.stored,
        payments: found.payments,
        amountFen: found.amountFen,
      }
    : null;
  const retracted = retractedIds(found.events);
  const history = await readAuditChain(found.id);
  return {
    case: {
      id: found.id,
      kind,
      platform: found.platform,
      title: found.title,
      note: found.note,
      status,
      version: found.version,
      amountFen: found.amountFen,
      recoveredFen: found.recoveredFen,
      createdAt: found.createdAt,
    },
    timeZone,
    draftValues: isDraft ? (((found.facts as { draft?: unknown }).draft ?? {}) as Record<string, unknown>) : null,
    stored,
    formValues: stored ? toFormValues(kind, stored, timeZone) : null,
    payments: found.payments,
    events: found.events.map((e) => ({ ...e, retracted: retracted.has(e.id) })),
    deadlines: computed.deadlines,
    advice: computed.advice,
    nextUserDeadline: computed.nextUserDeadline,
    situations: computed.situations,
    happened: computed.happened,
    selfCheck: selfCheckState(found.events),
    history: { count: history.entries.length, verdict: history.verdict },
  };
}

export type CaseWorkspace = Awaited<ReturnType<typeof getCaseWorkspace>>;

/**
 * A case's deadlines for system use (reminders): no owner check, so never call it with an id
 * that came from a request.
 */
export async function loadCaseDeadlines(caseId: string, now: Date) {
  const found = await db().case.findUnique({
    where: { id: caseId },
    include: { payments: { orderBy: { position: "asc" } }, events: true },
  });
  if (!found) throw new NotFoundError("case");
  return caseDeadlines({ ...found, status: found.status as CaseStatus }, now);
}
