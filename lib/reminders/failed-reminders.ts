import "server-only";
import { db } from "@/lib/db";

/** Reminders of the owner's case that could not be delivered, newest first (the case page warns about them). */
export async function failedRemindersForCase(ownerId: string, caseId: string) {
  return db().reminder.findMany({
    where: { caseId, userId: ownerId, status: "FAILED" },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      ruleId: true,
      offsetHours: true,
      dueAt: true,
      attempts: true,
      lastError: true,
      updatedAt: true,
    },
    take: 20,
  });
}
