import { beforeEach, describe, expect, test, vi } from "vitest";
import { createCase } from "@/lib/cases";
import { db } from "@/lib/db";
import { fraudForm, parseForm } from "./factories/case";
import { createTestUser } from "./factories/user";

// The server actions are called as the forms call them. Next's request scope does not exist
// under Vitest, so the session lookup, cache revalidation and notFound() are replaced; the
// schemas, the database and the actions' own logic are real.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", () => ({
  requireUser: async () => {
    if (!session.user) throw new Error("NEXT_REDIRECT /sign-in");
    return session.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_HTTP_ERROR_FALLBACK;404");
  },
}));

const actions = await import("@/app/(app)/cases/actions");
const now = new Date("2026-11-29T11:00:00Z");

describe("case server actions", () => {
  beforeEach(async () => {
    session.user = await createTestUser();
  });

  test("the wizard's last step re-validates: translated field errors, nothing written", async () => {
    const before = await db().case.count();
    const result = await actions.openCaseAction(null, {
      ...fraudForm(),
      title: " ",
      payments: [{ occurredAt: "2026-02-30T10:00", amount: "12.345" }],
      facts: { discoveredAt: "", policeReported: "yes" },
    });
    expect(result).toEqual({
      ok: false,
      code: "errors.invalidInput",
      fieldErrors: {
        title: "errors.required",
        "payments.0.occurredAt": "errors.invalidDate",
        "payments.0.amount": "errors.invalidAmount",
        "facts.discoveredAt": "errors.required",
        "facts.policeReportedAt": "errors.required",
      },
    });
    expect(await db().case.count()).toBe(before);
  });

  test("draft → open through the actions, with full-width amounts", async () => {
    const draft = await actions.saveDraftAction({ kind: "FRAUD", platform: "ALIPAY", values: { step: 1 } });
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const opened = await actions.openCaseAction(draft.data.id, fraudForm());
    expect(opened).toEqual({ ok: true, data: { id: draft.data.id } });
    expect(await db().case.findUniqueOrThrow({ where: { id: draft.data.id } })).toMatchObject({
      status: "OPEN",
      amountFen: 2_800_000n,
    });
  });

  test("a stale facts edit gets the conflict, each changed field marked", async () => {
    const { id } = await createCase(session.user!.id, parseForm(fraudForm()), now);
    expect((await actions.updateFactsAction(id, 1, fraudForm({ title: "tab A" }))).ok).toBe(true);
    expect(await actions.updateFactsAction(id, 1, fraudForm({ note: "tab B" }))).toEqual({
      ok: false,
      code: "errors.versionConflict",
      fieldErrors: { title: "errors.changedElsewhere" },
    });
  });

  test("an invalid status move gets its message key", async () => {
    const { id } = await createCase(session.user!.id, parseForm(fraudForm()), now);
    expect(await actions.changeStatusAction(id, { version: 1, to: "RECOVERED_FULL" })).toEqual({
      ok: false,
      code: "workspace.transition.recovery_incomplete",
    });
    expect(await actions.changeStatusAction(id, { version: 1, to: "SOLVED" })).toMatchObject({
      ok: false,
      fieldErrors: { to: "errors.invalidChoice" },
    });
  });

  test("a second user gets 404 from every case action, and nothing changes", async () => {
    const owner = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(fraudForm()), now);
    const event = { type: "POLICE_REPORTED", occurredAt: "2026-11-29T19:30", timeZone: "Asia/Shanghai" };
    const calls = [
      () => actions.saveDraftAction({ caseId: id, version: 1, kind: "FRAUD", platform: "ALIPAY", values: {} }),
      () => actions.openCaseAction(id, fraudForm()),
      () => actions.updateFactsAction(id, 1, fraudForm()),
      () => actions.changeStatusAction(id, { version: 1, to: "CLOSED" }),
      () => actions.recordEventAction(id, event),
      () => actions.retractEventAction(id, "some-event"),
      () => actions.selfCheckAction(id, { itemId: "balance", checked: true }),
    ];
    for (const call of calls) await expect(call()).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await db().auditEntry.count({ where: { caseId: id } })).toBe(1);
    expect(await db().case.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1, status: "OPEN" });
  });

  test("a signed-out caller is turned away before anything is written", async () => {
    session.user = null;
    const before = await db().case.count();
    await expect(actions.openCaseAction(null, fraudForm())).rejects.toThrow(/sign-in/);
    expect(await db().case.count()).toBe(before);
  });
});
