import "server-only";
import type { Prisma } from "@/lib/db";
import { loadCasePlanningInput, type CasePlanningInput } from "./case-planning-input";
import { planReminders, type ReminderPlan } from "./plan-reminders";
import { PLAN_VERSION } from "./plan-version";

type Db = Prisma.TransactionClient;

export interface RescheduleResult {
  readonly scheduled: number;
  readonly cancelled: number;
}

/** The plan for a loaded case; empty when nothing may be sent (draft/closed, unverified address, email off). */
export function planForCase(input: CasePlanningInput, now: Date): ReminderPlan {
  if (!input.remindable || !input.recipient.allowed || !input.prefs.emailEnabled) {
    return { reminders: [], validKeys: new Set() };
  }
  return planReminders({ caseId: input.caseId, deadlines: input.deadlines }, input.prefs, now);
}

/**
 * Brings a case's outbox rows in line with its deadlines, inside the caller's
 * transaction (the case write and its reminders commit together):
 * scheduled rows the deadlines no longer justify are cancelled; missing ones
 * are inserted (the unique key makes a concurrent duplicate impossible);
 * cancelled ones that are wanted again come back; quiet-hour changes move
 * `sendAt`. Rows already claimed, sent or failed are history and stay.
 */
export async function rescheduleCaseReminders(tx: Db, caseId: string, now: Date): Promise<RescheduleResult> {
  const input = await loadCasePlanningInput(tx, caseId, now);
  if (!input) return { scheduled: 0, cancelled: 0 };
  const plan = planForCase(input, now);

  const existing = await tx.reminder.findMany({
    where: { caseId },
    select: { id: true, idempotencyKey: true, status: true, sendAt: true },
  });
  const byKey = new Map(existing.map((r) => [r.idempotencyKey, r]));

  const stale = existing.filter((r) => r.status === "SCHEDULED" && !plan.validKeys.has(r.idempotencyKey));
  if (stale.length > 0) {
    await tx.reminder.updateMany({
      where: { id: { in: stale.map((r) => r.id) }, status: "SCHEDULED" },
      data: { status: "CANCELLED", lastError: "no longer needed: the case's deadlines changed" },
    });
  }

  const fresh = plan.reminders.filter((r) => !byKey.has(r.idempotencyKey));
  if (fresh.length > 0) {
    await tx.reminder.createMany({
      data: fresh.map((r) => ({
        idempotencyKey: r.idempotencyKey,
        userId: input.ownerId,
        caseId,
        ruleId: r.ruleId,
        kind: r.kind,
        offsetHours: r.offsetHours,
        dueAt: r.dueAt,
        sendAt: r.sendAt,
        planVersion: PLAN_VERSION,
      })),
      skipDuplicates: true,
    });
  }
  for (const r of plan.reminders) {
    const row = byKey.get(r.idempotencyKey);
    if (!row) continue;
    const revive = row.status === "CANCELLED";
    const move = row.status === "SCHEDULED" && row.sendAt.getTime() !== r.sendAt.getTime();
    if (revive || move) {
      await tx.reminder.updateMany({
        where: { id: row.id, status: row.status },
        data: {
          status: "SCHEDULED",
          sendAt: r.sendAt,
          planVersion: PLAN_VERSION,
          ...(revive ? { attempts: 0, lastError: null } : {}),
        },
      });
    }
  }
  // Rows planned under an older calendar that are still valid: mark them current.
  await tx.reminder.updateMany({
    where: { caseId, status: "SCHEDULED", planVersion: { not: PLAN_VERSION } },
    data: { planVersion: PLAN_VERSION },
  });
  return { scheduled: fresh.length, cancelled: stale.length };
}
