import { describe, expect, test } from "vitest";
import { createCase, getCaseForUser, listCasesForUser } from "@/lib/cases";
import { CASE_KINDS, NewCaseSchema, PLATFORMS } from "@/lib/cases/schema";
import { CaseKind, Platform, db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createTestUser } from "./factories/user";

function parseCase(input: Record<string, unknown>) {
  return NewCaseSchema.parse({
    kind: "FRAUD",
    platform: "WECHAT_PAY",
    title: "Fake investment group",
    amount: "5000",
    ...input,
  });
}

describe("a case end to end", () => {
  test("is created with its first timeline event and listed for its owner only", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const opened = new Date("2026-03-05T02:00:00Z");
    const { id } = await createCase(owner.id, parseCase({ title: "误转给陌生人", amount: "1,280.50" }), opened);

    const found = await getCaseForUser(owner.id, id);
    expect(found).toMatchObject({
      title: "误转给陌生人",
      amountFen: 128050n,
      kind: "FRAUD",
      status: "OPEN",
      version: 1,
    });
    expect(found.events.map((e) => [e.type, e.occurredAt.toISOString(), e.actor])).toEqual([
      ["CASE_OPENED", opened.toISOString(), `user:${owner.id}`],
    ]);
    expect((await listCasesForUser(owner.id)).map((c) => c.id)).toEqual([id]);
    expect(await listCasesForUser(other.id)).toEqual([]);
  });

  test("another user's case is not found, exactly like a missing one", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const { id } = await createCase(owner.id, parseCase({}));
    await expect(getCaseForUser(other.id, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCaseForUser(owner.id, "no-such-case")).rejects.toBeInstanceOf(NotFoundError);
  });

  test("amounts of a billion yuan and more are stored exactly, in fen", async () => {
    const owner = await createTestUser();
    const { id } = await createCase(owner.id, parseCase({ amount: "99999999999.99" }));
    expect((await getCaseForUser(owner.id, id)).amountFen).toBe(9_999_999_999_999n);
  });

  test("a failure inside the transaction leaves neither the case nor its event", async () => {
    const owner = await createTestUser();
    const before = await db().case.count();
    // A title over the column's 200 characters makes the insert fail in the database itself.
    const tooLong = { ...parseCase({}), title: "x".repeat(201) };
    await expect(createCase(owner.id, tooLong)).rejects.toThrow();
    expect(await db().case.count()).toBe(before);
    expect(await db().caseEvent.count({ where: { case: { ownerId: owner.id } } })).toBe(0);
  });
});

test("the form's choices are exactly the database enums (one list each)", () => {
  expect([...CASE_KINDS].sort()).toEqual(Object.values(CaseKind).sort());
  expect([...PLATFORMS].sort()).toEqual(Object.values(Platform).sort());
});
