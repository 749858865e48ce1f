import "server-only";
import { appendAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { checkTransition, type CaseStatus } from "./case-status";
import { StatusTransitionError } from "./errors";
import { actorOf, assertVersion, lockOwnedCase } from "./lock-case";
import { onCaseChanged } from "./on-case-changed";

/** Moves the case through the state machine (lib/cases/case-status.ts); refuses what it does not allow. */
export async function changeCaseStatus(
  ownerId: string,
  caseId: string,
  baseVersion: number,
  to: CaseStatus,
  now: Date,
) {
  return db().$transaction(async (tx) => {
    const found = await lockOwnedCase(tx, ownerId, caseId);
    await assertVersion(tx, found, baseVersion);
    const check = checkTransition(found.status, to, found);
    if (!check.ok) throw new StatusTransitionError(check.reason);
    const version = found.version + 1;
    await tx.case.update({ where: { id: caseId }, data: { status: to, version } });
    await appendAudit(tx, {
      caseId,
      actor: actorOf(ownerId),
      action: "status.changed",
      before: { version: found.version, status: found.status },
      after: { version, changed: ["status"], status: to },
      at: now,
    });
    await onCaseChanged(tx, caseId, now);
    return { version };
  });
}
