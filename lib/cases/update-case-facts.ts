import "server-only";
import { appendAudit } from "@/lib/audit";
import { db, type Prisma } from "@/lib/db";
import { CaseStateError } from "./errors";
import { actorOf, assertVersion, lockOwnedCase, storedCaseOf } from "./lock-case";
import { auditValues, writeContent } from "./open-case";
import { onCaseChanged } from "./on-case-changed";
import type { CaseForm } from "./schema";
import { changedFields, toStoredCase } from "./stored-facts";

/**
 * Edits an open case's facts and payments. The edit carries the version it was based on:
 * a stale one is refused with VersionConflictError naming what changed, never applied.
 * The kind is fixed once the case is open (its rules and history depend on it).
 */
export async function updateCaseFacts(ownerId: string, caseId: string, baseVersion: number, form: CaseForm, now: Date) {
  const next = toStoredCase(form);
  return db().$transaction(async (tx) => {
    const found = await lockOwnedCase(tx, ownerId, caseId);
    if (found.status === "DRAFT") throw new CaseStateError("not_a_draft");
    if (found.kind !== form.kind) throw new CaseStateError("kind_mismatch");
    await assertVersion(tx, found, baseVersion);
    const before = storedCaseOf(found);
    const changed = changedFields(before, next);
    if (changed.length === 0) return { version: found.version, changed };
    const version = found.version + 1;
    await tx.case.update({
      where: { id: caseId },
      data: {
        platform: next.platform,
        title: next.title,
        note: next.note,
        facts: next.facts as unknown as Prisma.InputJsonValue,
        amountFen: next.amountFen,
        version,
      },
    });
    await writeContent(tx, caseId, next, now);
    await appendAudit(tx, {
      caseId,
      actor: actorOf(ownerId),
      action: "facts.updated",
      before: { version: found.version, values: auditValues(before) },
      after: { version, changed, values: auditValues(next) },
      at: now,
    });
    await onCaseChanged(tx, caseId, now);
    return { version, changed };
  });
}
