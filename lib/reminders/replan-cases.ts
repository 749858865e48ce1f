import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { PLAN_VERSION } from "./plan-version";
import { rescheduleCaseReminders } from "./reschedule-case-reminders";

/** Re-plans one case in its own short transaction. */
async function replanCase(client: PrismaClient, caseId: string, now: Date): Promise<void> {
  await client.$transaction((tx) => rescheduleCaseReminders(tx, caseId, now));
}

/**
 * Cases with scheduled reminders planned under another holiday calendar (a
 * new year was added, or the planner changed): re-plan them. Returns how many.
 */
export async function replanStaleCases(client: PrismaClient, now: Date): Promise<number> {
  const stale = await client.reminder.findMany({
    where: { status: "SCHEDULED", planVersion: { not: PLAN_VERSION } },
    distinct: ["caseId"],
    select: { caseId: true },
  });
  for (const { caseId } of stale) await replanCase(client, caseId, now);
  return stale.length;
}

/** `npm run reminders:replan`: every case, e.g. after adding a holiday year. */
export async function replanAllCases(client: PrismaClient, now: Date): Promise<number> {
  const cases = await client.case.findMany({ select: { id: true } });
  for (const { id } of cases) await replanCase(client, id, now);
  return cases.length;
}
