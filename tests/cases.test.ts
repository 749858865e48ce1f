import { describe, expect, test } from "vitest";
import { createCase, getCaseForUser, listCasesForUser, updateCaseFacts } from "@/lib/cases";
import { CASE_KINDS, PLATFORMS } from "@/lib/cases/schema";
import { CASE_STATUSES } from "@/lib/cases/case-status";
import { CaseKind, CaseStatus, Platform, db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fraudForm, parseForm } from "./factories/case";
import { createTestUser } from "./factories/user";

const now = new Date("2026-03-05T02:00:00Z");

describe("a case end to end", () => {
  test("is created with its first timeline event and listed for its owner only", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const form = fraudForm({
      title: "误转给陌生人",
      payments: [{ occurredAt: "2026-03-04T10:00", amount: "1,280.50" }],
    });
    const { id } = await createCase(owner.id, parseForm(form), now);

    const found = await getCaseForUser(owner.id, id);
    expect(found).toMatchObject({
      title: "误转给陌生人",
      amountFen: 128050n,
      kind: "FRAUD",
      status: "OPEN",
      version: 1,
    });
    expect(found.events.map((e) => [e.type, e.occurredAt.toISOString(), e.actor])).toEqual([
      ["CASE_OPENED", now.toISOString(), `user:${owner.id}`],
    ]);
    expect((await listCasesForUser(owner.id, now)).items.map((c) => c.id)).toEqual([id]);
    expect((await listCasesForUser(other.id, now)).items).toEqual([]);
  });

  test("another user's case is not found, exactly like a missing one", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(fraudForm()), now);
    await expect(getCaseForUser(other.id, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCaseForUser(owner.id, "no-such-case")).rejects.toBeInstanceOf(NotFoundError);
  });

  test("amounts of a billion yuan and more are stored exactly, in fen", async () => {
    const owner = await createTestUser();
    const form = fraudForm({ payments: [{ occurredAt: "2026-03-04T10:00", amount: "99999999999.99" }] });
    const { id } = await createCase(owner.id, parseForm(form), now);
    expect((await getCaseForUser(owner.id, id)).amountFen).toBe(9_999_999_999_999n);
  });

  test("a failure inside the transaction leaves neither the case, its payments, event nor audit entry", async () => {
    const owner = await createTestUser();
    const before = await db().case.count();
    // A title over the column's 200 characters makes the insert fail in the database itself.
    const tooLong = { ...parseForm(fraudForm()), title: "x".repeat(201) };
    await expect(createCase(owner.id, tooLong, now)).rejects.toThrow();
    expect(await db().case.count()).toBe(before);
    expect(await db().caseEvent.count({ where: { case: { ownerId: owner.id } } })).toBe(0);
    expect(await db().auditEntry.count({ where: { case: { ownerId: owner.id } } })).toBe(0);
  });
});

describe("titles", () => {
  // lib/cases/case-title.ts: a suggested title is stored as "" and shown in the reader's language.
  test("a suggestion kept is stored empty, found by either language's words, and stays so on edit", async () => {
    const owner = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(fraudForm({ title: "支付宝 诈骗" })), now);
    const { id: own } = await createCase(owner.id, parseForm(fraudForm({ title: "Alipay refund scam" })), now);
    expect((await getCaseForUser(owner.id, id)).title).toBe("");
    expect((await getCaseForUser(owner.id, own)).title).toBe("Alipay refund scam");

    const search = async (text: string) =>
      (await listCasesForUser(owner.id, now, { filters: { text } })).items.map((c) => c.id).sort();
    expect(await search("Alipay")).toEqual([id, own].sort());
    expect(await search("支付宝 诈")).toEqual([id]);
    expect(await search("refund")).toEqual([own]);
    expect(await search("WeChat")).toEqual([]);
    expect(
      await listCasesForUser(owner.id, now, { filters: { text: "Alipay", platform: "WECHAT_PAY" } }),
    ).toMatchObject({
      items: [],
    });

    // Edited in English with the English suggestion shown: nothing changed.
    const edit = await updateCaseFacts(owner.id, id, 1, parseForm(fraudForm({ title: "Alipay Fraud" })), now);
    expect(edit).toEqual({ version: 1, changed: [] });
    // Typed over: the user's own from then on.
    await updateCaseFacts(owner.id, id, 1, parseForm(fraudForm({ title: "My Alipay case" })), now);
    expect((await getCaseForUser(owner.id, id)).title).toBe("My Alipay case");
  });
});

test("the form's choices are exactly the database enums (one list each)", () => {
  expect([...CASE_KINDS].sort()).toEqual(Object.values(CaseKind).sort());
  expect([...PLATFORMS].sort()).toEqual(Object.values(Platform).sort());
  expect([...CASE_STATUSES].sort()).toEqual(Object.values(CaseStatus).sort());
});
