import "server-only";
import { db } from "@/lib/db";
import type { NewCase } from "./schema";

/** Opens a case and its first timeline event in one transaction: both or neither. */
export async function createCase(ownerId: string, input: NewCase, now: Date = new Date()) {
  return db().$transaction(async (tx) => {
    const created = await tx.case.create({
      data: {
        ownerId,
        kind: input.kind,
        platform: input.platform,
        title: input.title,
        amountFen: input.amount,
      },
      select: { id: true },
    });
    await tx.caseEvent.create({
      data: { caseId: created.id, type: "CASE_OPENED", occurredAt: now, actor: `user:${ownerId}` },
    });
    return created;
  });
}
