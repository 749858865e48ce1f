import "server-only";
import type { Prisma } from "@/lib/db";
import { caseDeadlines } from "./case-deadlines";
import { ACTIVE_STATUSES, type CaseStatus } from "./case-status";
import type { StoredFacts } from "./stored-facts";

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
  const next = caseDeadlines(
    {
      status,
      amountFen: row.amountFen,
      facts: row.facts as unknown as StoredFacts,
      payments: row.payments,
      events: row.events,
    },
    now,
  ).nextUserDeadline;
  const at = next ? next.latest : null;
  const ruleId = next ? next.ruleId : null;
  const { rank, key } = urgencyOf(status, at, row.updatedAt);
  await tx.$executeRaw`UPDATE "Case" SET "nextUserDeadlineAt" = ${at}, "nextUserRuleId" = ${ruleId}, "urgencyRank" = ${rank}, "urgencyKey" = ${key} WHERE "id" = ${caseId}`;
}
