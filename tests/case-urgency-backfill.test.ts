import { describe, expect, test } from "vitest";
import { buildWorker } from "@/scripts/lib/build-worker.mjs";
import { spawnWorker, waitFor } from "./reminders/helpers";
import { createCase, listCasesForUser, refreshStaleUrgency, URGENCY_VERSION } from "@/lib/cases";
import { db } from "@/lib/db";
import { parseForm, wechatFraudForm } from "./factories/case";
import { createTestUser } from "./factories/user";

const now = new Date("2026-12-02T04:00:00Z");

async function fraud(ownerId: string, title: string, discoveredAt: string) {
  const form = wechatFraudForm({
    title,
    payments: [{ occurredAt: "2026-11-28T09:00", amount: "100" }],
    facts: { discoveredAt, policeReported: "no" },
  });
  return (await createCase(ownerId, parseForm(form), new Date("2026-11-28T02:00:00Z"))).id;
}

/** What a row written before the urgency columns existed looks like: the column defaults. */
async function forgetUrgency(caseId: string) {
  await db().$executeRaw`UPDATE "Case" SET "nextUserDeadlineAt" = NULL, "nextUserRuleId" = NULL,
    "urgencyRank" = 2, "urgencyKey" = 0, "urgencyVersion" = NULL WHERE id = ${caseId}`;
}

describe("stored urgency of older rows", () => {
  test("cases stored before the columns (or under another holiday calendar) are recomputed, once", async () => {
    const owner = await createTestUser();
    const later = await fraud(owner.id, "后到期", "2026-12-01T10:00"); // police report due 12-03 10:00
    const sooner = await fraud(owner.id, "先到期", "2026-11-30T10:00"); // due 12-02 10:00
    expect((await listCasesForUser(owner.id, now)).items.map((c) => c.id)).toEqual([sooner, later]);

    await forgetUrgency(sooner);
    await db().$executeRaw`UPDATE "Case" SET "urgencyVersion" = 'an-older-calendar' WHERE id = ${later}`;
    // With its defaults the forgotten case sorts as if it had nothing due.
    expect((await listCasesForUser(owner.id, now)).items.map((c) => c.id)).toEqual([later, sooner]);

    expect(await refreshStaleUrgency(db(), now)).toBe(2);
    expect((await listCasesForUser(owner.id, now)).items.map((c) => c.id)).toEqual([sooner, later]);
    const stored = await db().case.findUniqueOrThrow({ where: { id: sooner } });
    expect(stored.nextUserDeadlineAt?.toISOString()).toBe("2026-12-02T02:00:00.000Z");
    expect(stored.nextUserRuleId).toBe("fraud.police-report");
    expect(stored.urgencyVersion).toBe(URGENCY_VERSION);

    expect(await refreshStaleUrgency(db(), now)).toBe(0);
  });

  test("pages through more stale cases than one batch, and a case that fails is skipped, not retried forever", async () => {
    const owner = await createTestUser();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await fraud(owner.id, `案${i}`, `2026-12-0${i + 1}T10:00`));
    for (const id of ids) await forgetUrgency(id);
    const broken = ids[2]!;
    await db().$executeRaw`UPDATE "Case" SET facts = 'null'::jsonb WHERE id = ${broken}`;

    const failed: string[] = [];
    const refreshed = await refreshStaleUrgency(db(), now, { batchSize: 2, onError: (id) => failed.push(id) });
    const stale = await db().case.findMany({
      where: { ownerId: owner.id, urgencyVersion: null },
      select: { id: true },
    });
    expect(failed).toEqual([broken]);
    expect(refreshed).toBe(4);
    expect(stale.map((c) => c.id).sort()).toEqual([...failed].sort());
  });

  test("the worker process recomputes them at its first idle moment", async () => {
    await buildWorker();
    const owner = await createTestUser();
    const id = await fraud(owner.id, "升级前的案件", "2026-12-01T10:00");
    await forgetUrgency(id);
    const worker = spawnWorker({});
    try {
      await waitFor(
        async () => (await db().case.findUniqueOrThrow({ where: { id } })).urgencyVersion === URGENCY_VERSION,
        60_000,
        "the worker's housekeeping",
      );
    } finally {
      worker.child.kill("SIGTERM");
      expect(await worker.exited, worker.output()).toBe(0);
    }
    expect(worker.output()).toMatch(/recomputed the stored list order of \d+ case\(s\)/);
    const stored = await db().case.findUniqueOrThrow({ where: { id } });
    expect(stored.nextUserRuleId).toBe("fraud.police-report");
    expect(stored.urgencyRank).toBe(0);
  }, 120_000);
});
