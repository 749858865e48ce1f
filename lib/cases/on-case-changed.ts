import "server-only";
import type { Prisma } from "@/lib/db";
import { rescheduleCaseReminders } from "@/lib/reminders";

/**
 * Called by every case command inside its transaction, after the change and its
 * audit entry: re-plans the case's reminder outbox from its recomputed deadlines
 * (cancels what is no longer needed, schedules what is new), so the case write and
 * its reminders commit together. Drafts and ended cases end up with nothing scheduled.
 */
export async function onCaseChanged(tx: Prisma.TransactionClient, caseId: string, now: Date): Promise<void> {
  await rescheduleCaseReminders(tx, caseId, now);
}
