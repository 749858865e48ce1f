import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { checklistForKind, completenessForCases } from "@/lib/evidence";
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
