import "server-only";
import type { Prisma } from "@/lib/db";
import { refreshCaseUrgency } from "./case-urgency";

/**
 * Called by every case command inside its transaction, after the change and its
 * audit entry. Keeps the case's denormalised list order (dashboard, My cases, calendar
 * feed) in step; the reminders work adds its re-planning of the outbox here.
 */
export async function onCaseChanged(tx: Prisma.TransactionClient, caseId: string, now: Date): Promise<void> {
  await refreshCaseUrgency(tx, caseId, now);
}
