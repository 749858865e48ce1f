import "server-only";
import { appendAudit } from "@/lib/audit";
import { db, type Prisma } from "@/lib/db";
import { actorOf, assertVersion, lockOwnedCase } from "./lock-case";
import { CaseStateError } from "./errors";
import { onCaseChanged } from "./on-case-changed";
import { draftFacts } from "./payment-links";
import type { Draft } from "./schema";

/**
 * Starts a DRAFT case from the wizard's first answers. A draft starts no clock and sends
 * nothing; its `facts` hold the wizard's raw values until the case is opened.
 */
export async function createDraftCase(ownerId: string, draft: Draft, now: Date) {
  return db().$transaction(async (tx) => {
    const created = await tx.case.create({
      data: {
        ownerId,
        kind: draft.kind,
        platform: draft.platform,
        title: "",
        status: "DRAFT",
        facts: { draft: draft.values } as Prisma.InputJsonValue,
      },
      select: { id: true, version: true },
    });
    await appendAudit(tx, {
      caseId: created.id,
      actor: actorOf(ownerId),
      action: "draft.created",
      after: { version: created.version, kind: draft.kind, platform: draft.platform },
      at: now,
    });
    await onCaseChanged(tx, created.id, now);
    return created;
  });
}

/** Saves the wizard as the user goes. Carries the version it was based on like every edit. */
export async function saveDraft(ownerId: string, caseId: string, baseVersion: number, draft: Draft, now: Date) {
  return db().$transaction(async (tx) => {
    const found = await lockOwnedCase(tx, ownerId, caseId);
    if (found.status !== "DRAFT") throw new CaseStateError("draft_only");
    await assertVersion(tx, found, baseVersion);
    const version = found.version + 1;
    await tx.case.update({
      where: { id: caseId },
      data: {
        kind: draft.kind,
        platform: draft.platform,
        // Keeps the server's payment → file links (draftLinks) across the wizard's saves.
        facts: draftFacts(draft.values, found.facts) as Prisma.InputJsonValue,
        version,
      },
    });
    await appendAudit(tx, {
      caseId,
      actor: actorOf(ownerId),
      action: "draft.saved",
      after: { version, changed: ["draft"], kind: draft.kind, platform: draft.platform },
      at: now,
    });
    await onCaseChanged(tx, caseId, now);
    return { version };
  });
}
