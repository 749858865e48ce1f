import "server-only";
import type { Prisma } from "@/lib/db";

/**
 * Called by every case command inside its transaction, after the change and its
 * audit entry. A no-op for now: the reminders work fills it in (re-plan the case's
 * outbox from its recomputed deadlines) without touching the commands.
 */
export async function onCaseChanged(_tx: Prisma.TransactionClient, _caseId: string, _now: Date): Promise<void> {
  // Intentionally empty until reminders land.
}
