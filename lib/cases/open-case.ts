import "server-only";
import { appendAudit } from "@/lib/audit";
import { db, type Prisma } from "@/lib/db";
import { CaseStateError } from "./errors";
import { actorOf, lockOwnedCase } from "./lock-case";
import { onCaseChanged } from "./on-case-changed";
import type { CaseForm } from "./schema";
import { toStoredCase, type StoredCase } from "./stored-facts";

/**
 * Replaces the case's payments. A payment kept from before keeps its createdAt (when the app
 * learned of it: a deadline already past then is "lapsed", not overdue); a new one gets `now`.
 */
async function writeContent(tx: Prisma.TransactionClient, caseId: string, stored: StoredCase, now: Date) {
  const key = (p: { occurredAt: Date; amountFen: bigint; transactionId: string | null }) =>
    `${p.occurredAt.toISOString()}|${p.amountFen}|${p.transactionId ?? ""}`;
  const before = await tx.payment.findMany({
    where: { caseId },
    select: { occurredAt: true, amountFen: true, transactionId: true, createdAt: true },
  });
  const known = new Map(before.map((p) => [key(p), p.createdAt]));
  await tx.payment.deleteMany({ where: { caseId } });
  await tx.payment.createMany({
    data: stored.payments.map((p) => ({
      caseId,
      createdAt: known.get(key(p)) ?? now,
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
    if (draftId) {
      const found = await lockOwnedCase(tx, ownerId, draftId);
      if (found.status !== "DRAFT") throw new CaseStateError("draft_only");
      version = found.version + 1;
      await tx.case.update({ where: { id: draftId }, data: { ...content, version } });
      id = draftId;
    } else {
      const created = await tx.case.create({ data: { ...content, ownerId }, select: { id: true, version: true } });
      ({ id, version } = created);
    }
    await writeContent(tx, id, stored, now);
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
