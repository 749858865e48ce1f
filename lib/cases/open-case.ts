import "server-only";
import { appendAudit } from "@/lib/audit";
import { db, type Prisma } from "@/lib/db";
import { CaseStateError } from "./errors";
import { actorOf, lockOwnedCase } from "./lock-case";
import { onCaseChanged } from "./on-case-changed";
import { draftLinksOf, paymentKey, type DraftLink } from "./payment-links";
import type { CaseForm } from "./schema";
import { toStoredCase, type StoredCase } from "./stored-facts";

/**
 * Replaces the case's payments. A payment kept from before keeps its createdAt (when the app
 * learned of it: a deadline already past then is "lapsed", not overdue) and its link to the file
 * it was read from; a new one gets `now`, and the link a draft kept for it (draftLinks), if any.
 */
async function writeContent(
  tx: Prisma.TransactionClient,
  caseId: string,
  stored: StoredCase,
  now: Date,
  draftLinks: readonly DraftLink[] = [],
) {
  const before = await tx.payment.findMany({
    where: { caseId },
    select: { occurredAt: true, amountFen: true, transactionId: true, createdAt: true, evidenceId: true },
  });
  const known = new Map(before.map((p) => [paymentKey(p), p]));
  // A draft's link names a file that may have been deleted since: only the case's files still there.
  const files = draftLinks.length
    ? await tx.evidence.findMany({
        where: { caseId, id: { in: draftLinks.map((link) => link.evidenceId) } },
        select: { id: true },
      })
    : [];
  const kept = new Set(files.map((file) => file.id));
  const linked = new Map(draftLinks.filter((link) => kept.has(link.evidenceId)).map((l) => [l.key, l.evidenceId]));
  await tx.payment.deleteMany({ where: { caseId } });
  await tx.payment.createMany({
    data: stored.payments.map((p) => ({
      caseId,
      createdAt: known.get(paymentKey(p))?.createdAt ?? now,
      evidenceId: known.get(paymentKey(p))?.evidenceId ?? linked.get(paymentKey(p)) ?? null,
      direction: "OUTGOING" as const,
      position: p.position,
      occurredAt: p.occurredAt,
      amountFen: p.amountFen,
      transactionId: p.transactionId,
      counterpartyName: p.counterpartyName,
      counterpartyAccount: p.counterpartyAccount,
    })),
  });
}

export function auditValues(stored: StoredCase) {
  // Only the stored fields (rows read back also carry ids and timestamps).
  return {
    ...stored,
    payments: stored.payments.map((p) => ({
      position: p.position,
      occurredAt: p.occurredAt.toISOString(),
      amountFen: p.amountFen,
      transactionId: p.transactionId,
      counterpartyName: p.counterpartyName,
      counterpartyAccount: p.counterpartyAccount,
    })),
  };
}

/**
 * Opens a case from the completed wizard: turns a draft into an OPEN case (its clocks start
 * from the facts given), or, without a draft id, creates the case directly. One transaction:
 * case, payments, the CASE_OPENED event and the audit entry, or nothing.
 */
export async function openCase(ownerId: string, draftId: string | null, form: CaseForm, now: Date) {
  const stored = toStoredCase(form);
  return db().$transaction(async (tx) => {
    const content = {
      kind: form.kind,
      platform: stored.platform,
      title: stored.title,
      note: stored.note,
      facts: stored.facts as unknown as Prisma.InputJsonValue,
      amountFen: stored.amountFen,
      status: "OPEN" as const,
    };
    let id: string;
    let version: number;
    let links: DraftLink[] = [];
    if (draftId) {
      const found = await lockOwnedCase(tx, ownerId, draftId);
      if (found.status !== "DRAFT") throw new CaseStateError("draft_only");
      version = found.version + 1;
      links = draftLinksOf(found.facts);
      await tx.case.update({ where: { id: draftId }, data: { ...content, version } });
      id = draftId;
    } else {
      const created = await tx.case.create({ data: { ...content, ownerId }, select: { id: true, version: true } });
      ({ id, version } = created);
    }
    await writeContent(tx, id, stored, now, links);
    await tx.caseEvent.create({ data: { caseId: id, type: "CASE_OPENED", occurredAt: now, actor: actorOf(ownerId) } });
    await appendAudit(tx, {
      caseId: id,
      actor: actorOf(ownerId),
      action: "case.opened",
      after: { version, changed: ["status"], status: "OPEN", kind: form.kind, values: auditValues(stored) },
      at: now,
    });
    await onCaseChanged(tx, id, now);
    return { id, version };
  });
}

/** Creates an open case in one step (what the wizard's last step does without a draft). */
export function createCase(ownerId: string, form: CaseForm, now: Date) {
  return openCase(ownerId, null, form, now);
}

export { writeContent };
