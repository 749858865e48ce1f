import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

export interface ClaimOptions {
  readonly workerId: string;
  readonly now: Date;
  readonly leaseMs: number;
  readonly batchSize: number;
  /** Other reminders of the same users due within this window ride along (one email, not several). */
  readonly digestWindowMs: number;
}

const ts = (d: Date) => d.toISOString().replace("Z", "");

/**
 * Claims due reminders in one statement: rows due now (or claimed by a
 * worker whose lease ran out — it died) are locked with FOR UPDATE SKIP
 * LOCKED, so concurrent workers take disjoint rows without waiting, then
 * marked CLAIMED with a lease. Each claim counts as an attempt, so a message
 * that kills its worker every time still ends as FAILED. Returns claimed ids.
 */
export async function claimDueReminders(client: PrismaClient, o: ClaimOptions): Promise<string[]> {
  const now = ts(o.now);
  const lease = ts(new Date(o.now.getTime() + o.leaseMs));
  const horizon = ts(new Date(o.now.getTime() + o.digestWindowMs));
  const rows = await client.$queryRaw<{ id: string }[]>`
    WITH due AS (
      SELECT id, "userId" FROM "Reminder"
      WHERE (status = 'SCHEDULED' AND "sendAt" <= ${now}::timestamp)
         OR (status = 'CLAIMED' AND "leaseUntil" < ${now}::timestamp)
      ORDER BY "sendAt"
      LIMIT ${o.batchSize}
      FOR UPDATE SKIP LOCKED
    ), companions AS (
      SELECT r.id FROM "Reminder" r
      WHERE r.status = 'SCHEDULED' AND r."sendAt" <= ${horizon}::timestamp
        AND r."userId" IN (SELECT "userId" FROM due)
        AND r.id NOT IN (SELECT id FROM due)
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "Reminder" SET
      status = 'CLAIMED', "leaseUntil" = ${lease}::timestamp, "claimedBy" = ${o.workerId},
      attempts = attempts + 1, "updatedAt" = ${now}::timestamp
    WHERE id IN (SELECT id FROM due UNION ALL SELECT id FROM companions)
    RETURNING id`;
  return rows.map((r) => r.id);
}
