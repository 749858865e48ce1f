import "server-only";
import type { Prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/db/generated/client";
import { caseDeadlines } from "./case-deadlines";
import { ACTIVE_STATUSES, type CaseStatus } from "./case-status";
import { URGENCY_VERSION } from "./urgency-version";

/**
 * Where a case sorts in "My cases" and the dashboard: 0 it has an open user deadline (earliest
 * first, overdue ones lead), 1 draft, 2 active without one, 3 finished; then the key (the
 * deadline's epoch ms, else minus updatedAt so the latest change comes first), then id.
 */
export function urgencyOf(
  status: CaseStatus,
  nextUserDeadlineAt: Date | null,
  updatedAt: Date,
): { rank: number; key: bigint } {
  if (nextUserDeadlineAt) return { rank: 0, key: BigInt(nextUserDeadlineAt.getTime()) };
  const rank = status === "DRAFT" ? 1 : ACTIVE_STATUSES.includes(status) ? 2 : 3;
  return { rank, key: -BigInt(updatedAt.getTime()) };
}

/**
 * Recomputes the case's denormalised next user deadline and list order inside the command's
 * transaction. Raw SQL on purpose: a Prisma update would bump updatedAt, which is part of the key.
 * The deadline instants depend only on the case's facts and log (not on `now`), so the stored
 * value stays right until the case changes again.
 */
export async function refreshCaseUrgency(tx: Prisma.TransactionClient, caseId: string, now: Date): Promise<void> {
  const row = await tx.case.findUnique({
    where: { id: caseId },
    include: { payments: { orderBy: { position: "asc" } }, events: true },
  });
  if (!row) return;
  const status = row.status as CaseStatus;
  const next = caseDeadlines({ ...row, status }, now).nextUserDeadline;
  const at = next ? next.latest : null;
  const ruleId = next ? next.ruleId : null;
  const { rank, key } = urgencyOf(status, at, row.updatedAt);
  await tx.$executeRaw`UPDATE "Case" SET "nextUserDeadlineAt" = ${at}, "nextUserRuleId" = ${ruleId}, "urgencyRank" = ${rank}, "urgencyKey" = ${key}, "urgencyVersion" = ${URGENCY_VERSION} WHERE "id" = ${caseId}`;
}

/**
 * Recomputes the stored order of cases computed under another URGENCY_VERSION, a batch at a
 * time, each case in its own short transaction with its row locked first: a case command
 * committing meanwhile is either waited for or waits, so a stale value never overwrites a
 * fresh one. Returns how many cases were refreshed.
 */
export async function refreshStaleUrgency(
  client: PrismaClient,
  now: Date,
  { batchSize = 200, onError }: { batchSize?: number; onError?: (caseId: string, error: unknown) => void } = {},
): Promise<number> {
  let refreshed = 0;
  let after = "";
  for (;;) {
    // Keyset over ids: a case that fails is skipped on this pass, not retried forever.
    const stale = await client.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Case" WHERE "urgencyVersion" IS DISTINCT FROM ${URGENCY_VERSION} AND id > ${after}
      ORDER BY id LIMIT ${batchSize}`;
    for (const { id } of stale) {
      try {
        await client.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${id} FOR UPDATE`;
          await refreshCaseUrgency(tx, id, now);
        });
        refreshed++;
      } catch (error) {
        onError?.(id, error);
      }
    }
    if (stale.length < batchSize) return refreshed;
    after = stale[stale.length - 1]!.id;
  }
}
