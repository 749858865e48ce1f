import "server-only";
import type { Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { CaseStatus } from "./case-status";
import { VersionConflictError } from "./errors";
import type { StoredCase } from "./stored-facts";
import { parseStoredFacts } from "@/lib/kinds";

/**
 * Locks the owner's case row for the rest of the transaction (another user's id, or a
 * missing one: NotFoundError). Every command starts here, so writes to one case queue.
 */
export async function lockOwnedCase(tx: Prisma.TransactionClient, ownerId: string, caseId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Case" WHERE id = ${caseId} AND "ownerId" = ${ownerId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError("case");
  const found = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    include: { payments: { orderBy: { position: "asc" } } },
  });
  return { ...found, status: found.status as CaseStatus };
}

export type LockedCase = Awaited<ReturnType<typeof lockOwnedCase>>;

export function storedCaseOf(found: LockedCase): StoredCase {
  return {
    platform: found.platform,
    title: found.title,
    note: found.note,
    facts: parseStoredFacts(found.kind, found.facts),
    payments: found.payments,
    amountFen: found.amountFen,
  };
}

/**
 * Refuses an edit based on a version other than the current one, naming what the
 * edits since then changed (read from the audit chain, where each records `changed`).
 */
export async function assertVersion(tx: Prisma.TransactionClient, found: LockedCase, baseVersion: number) {
  if (found.version === baseVersion) return;
  const entries = await tx.auditEntry.findMany({
    where: { caseId: found.id },
    orderBy: { seq: "asc" },
    select: { after: true },
  });
  const changed = new Set<string>();
  for (const { after } of entries) {
    const a = after as { version?: number; changed?: string[] } | null;
    if (a?.version !== undefined && a.version > baseVersion) a.changed?.forEach((c) => changed.add(c));
  }
  throw new VersionConflictError([...changed], found.version);
}

export const actorOf = (ownerId: string) => `user:${ownerId}`;
