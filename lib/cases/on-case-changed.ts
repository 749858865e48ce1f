import "server-only";
import type { Prisma } from "@/lib/db";
import { rescheduleCaseReminders } from "@/lib/reminders";
import { refreshCaseUrgency } from "./case-urgency";

/**
 * Called by every case command inside its transaction, after the change and its
 * audit entry: keeps the case's denormalised list order (dashboard, My cases, calendar
 * feed) in step and re-plans its reminder outbox from the recomputed deadlines (cancels
 * what is no longer needed, schedules what is new), so the case write, its order and its
 * reminders commit together. Drafts and ended cases end up with nothing scheduled.
 */
export async function onCaseChanged(tx: Prisma.TransactionClient, caseId: string, now: Date): Promise<void> {
  await refreshCaseUrgency(tx, caseId, now);
  await rescheduleCaseReminders(tx, caseId, now);
}
