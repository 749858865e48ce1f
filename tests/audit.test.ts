import { describe, expect, test } from "vitest";
import { appendAudit, readAuditChain } from "@/lib/audit";
import { db } from "@/lib/db";
import { createTestUser } from "./factories/user";

async function bareCase() {
  const owner = await createTestUser();
  return db().case.create({
    data: { ownerId: owner.id, kind: "FRAUD", platform: "ALIPAY", title: "chain", amountFen: 1n },
    select: { id: true },
  });
}

const at = new Date("2026-11-29T12:00:00Z");

describe("the audit chain in the database", () => {
  test("20 concurrent appends to one case make one chain that verifies", async () => {
    const { id } = await bareCase();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db().$transaction((tx) =>
          appendAudit(tx, { caseId: id, actor: "user:x", action: "event.recorded", after: { i }, at }),
        ),
      ),
    );
    const { entries, verdict } = await readAuditChain(id);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.prevHash)).size).toBe(20); // no two entries share a parent: no fork
    expect(verdict).toEqual({ intact: true });
  });

  test("a row altered in SQL shows as broken at that entry", async () => {
    const { id } = await bareCase();
    for (const amount of ["100", "200", "300", "400"]) {
      await db().$transaction((tx) =>
        appendAudit(tx, { caseId: id, actor: "user:x", action: "facts.updated", before: null, after: { amount }, at }),
      );
    }
    expect((await readAuditChain(id)).verdict).toEqual({ intact: true });
    await db().$executeRaw`UPDATE "AuditEntry" SET "after" = '{"amount":"1"}' WHERE "caseId" = ${id} AND seq = 3`;
    expect((await readAuditChain(id)).verdict).toEqual({ intact: false, brokenAt: 3 });
  });

  test("an append that fails with its transaction leaves no entry", async () => {
    const { id } = await bareCase();
    await expect(
      db().$transaction(async (tx) => {
        await appendAudit(tx, { caseId: id, actor: "user:x", action: "status.changed", at });
        throw new Error("the change itself failed");
      }),
    ).rejects.toThrow("the change itself failed");
    expect((await readAuditChain(id)).entries).toEqual([]);
  });
});
