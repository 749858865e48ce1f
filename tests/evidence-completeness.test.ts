import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { checklistForKind, completenessForCases, listEvidenceForCase } from "@/lib/evidence";
import { createTestUser } from "./factories/user";

async function caseWithItems(ownerId: string, items: readonly string[]) {
  const { id } = await db().case.create({
    data: { ownerId, kind: "FRAUD", platform: "WECHAT_PAY", title: "完整度", amountFen: 100n, status: "OPEN" },
  });
  for (const [i, item] of items.entries()) {
    await db().evidence.create({
      data: {
        caseId: id,
        sha256: String(i).padStart(64, "0"),
        size: 1,
        mime: "text/plain",
        ext: "txt",
        name: `${i}.txt`,
        item,
        storageKey: `cases/${id}/${i}`,
      },
    });
  }
  return id;
}

describe("evidence completeness for a page of My cases", () => {
  test("counts the checklist items present on each case asked for, and only the owner's", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const checklist = checklistForKind("FRAUD").map((item) => item.id);
    expect(checklist.length).toBeGreaterThan(2);
    const two = await caseWithItems(owner.id, [checklist[0]!, checklist[1]!, checklist[1]!]);
    const none = await caseWithItems(owner.id, []);
    const notAsked = await caseWithItems(owner.id, [checklist[0]!]);
    const theirs = await caseWithItems(other.id, [checklist[0]!]);

    const fraud = (id: string) => ({ id, kind: "FRAUD" as const });
    const completeness = await completenessForCases(owner.id, [fraud(two), fraud(none), fraud(theirs)]);
    // Another owner's case is never read: it counts as having no evidence.
    expect(completeness.get(theirs)).toMatchObject({ present: 0 });
    expect(completeness.get(two)).toMatchObject({ present: 2, total: checklist.length });
    expect(completeness.get(none)).toMatchObject({ present: 0, total: checklist.length });
    expect(completeness.has(notAsked)).toBe(false);
    expect(await completenessForCases(owner.id, [])).toEqual(new Map());
  });
});

describe("a payment's 交易单号 meets the checklist's 交易单号 item without a file", () => {
  async function misdirected(ownerId: string, transactionIds: readonly (string | null)[]) {
    const { id } = await db().case.create({
      data: { ownerId, kind: "MISDIRECTED_TRANSFER", platform: "WECHAT_PAY", title: "转错账", amountFen: 100n },
    });
    for (const [position, transactionId] of transactionIds.entries()) {
      await db().payment.create({
        data: { caseId: id, position, occurredAt: new Date("2026-12-06T01:00:00Z"), amountFen: 50n, transactionId },
      });
    }
    return { id, kind: "MISDIRECTED_TRANSFER" as const };
  }

  test("My cases and the case page count it; a blank id, no payment or another owner's case do not", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const numbered = await misdirected(owner.id, [null, "4200001234202612060001"]);
    const blank = await misdirected(owner.id, [null, ""]);
    const unpaid = await misdirected(owner.id, []);
    const theirs = await misdirected(other.id, ["4200001234202612060002"]);
    const total = checklistForKind("MISDIRECTED_TRANSFER").length;

    const completeness = await completenessForCases(owner.id, [numbered, blank, unpaid, theirs]);
    expect([numbered, blank, unpaid, theirs].map((c) => completeness.get(c.id)?.present)).toEqual([1, 0, 0, 0]);
    expect(completeness.get(numbered.id)?.total).toBe(total);

    const page = await listEvidenceForCase(owner.id, numbered.id);
    expect(page.facts).toEqual({ paymentTransactionId: true });
    expect(page.present).toBe(1);
    expect(page.checklist.find((e) => e.id === "transaction-number")).toMatchObject({ met: true, files: 0 });
    expect((await listEvidenceForCase(owner.id, blank.id)).present).toBe(0);
  });
});
