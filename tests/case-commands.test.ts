import { describe, expect, test } from "vitest";
import { readAuditChain } from "@/lib/audit";
import {
  changeCaseStatus,
  createCase,
  createDraftCase,
  getCaseWorkspace,
  listCasesForUser,
  openCase,
  recordCaseEvent,
  retractCaseEvent,
  saveDraft,
  setSelfCheck,
  updateCaseFacts,
  StatusTransitionError,
  VersionConflictError,
} from "@/lib/cases";
import { RecordEventSchema } from "@/lib/cases/record-event-schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fraudForm, parseForm, wechatFraudForm } from "./factories/case";
import { evidenceFixture, uploadFiles } from "./factories/evidence";
import { createTestUser } from "./factories/user";

const at = (iso: string) => new Date(iso);
// 3 hours after the fraud was discovered (16:00 Beijing = 08:00Z).
const now = at("2026-11-29T11:00:00Z");

function event(input: Record<string, unknown>) {
  return RecordEventSchema.parse({ timeZone: "Asia/Shanghai", ...input });
}

describe("opening a case", () => {
  test("a fraud discovered 3 hours ago has its 48-hour police deadline at the exact instant", async () => {
    const owner = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), now);
    const ws = await getCaseWorkspace(owner.id, id, now);
    expect(ws.case).toMatchObject({ status: "OPEN", amountFen: 2_800_000n, recoveredFen: 0n, version: 1 });
    expect(ws.payments.map((p) => [p.occurredAt.toISOString(), p.amountFen])).toEqual([
      ["2026-11-29T02:00:00.000Z", 2_000_000n],
      ["2026-11-29T04:30:00.000Z", 800_000n],
    ]);
    const police = ws.deadlines.find((d) => d.ruleId === "fraud.police-report");
    expect(police?.status).toBe("due_soon");
    expect(police && "latest" in police ? police.latest.toISOString() : null).toBe("2026-12-01T08:00:00.000Z");
    expect(ws.nextUserDeadline?.ruleId).toBe("fraud.police-report");
    expect(ws.history).toEqual({ count: 1, verdict: { intact: true } });
  });

  test("a draft starts no clock, saves as the user goes, then opens with its facts", async () => {
    const owner = await createTestUser();
    const draft = await createDraftCase(
      owner.id,
      { kind: "FRAUD", platform: "ALIPAY", values: { title: "草稿" } },
      now,
    );
    const saved = await saveDraft(
      owner.id,
      draft.id,
      draft.version,
      { kind: "FRAUD", platform: "WECHAT_PAY", values: { title: "草稿2" } },
      now,
    );
    let ws = await getCaseWorkspace(owner.id, draft.id, now);
    expect(ws.case.status).toBe("DRAFT");
    expect(ws.deadlines).toEqual([]);
    expect(ws.draftValues).toEqual({ title: "草稿2" });
    await expect(
      saveDraft(owner.id, draft.id, draft.version, { kind: "FRAUD", platform: "ALIPAY", values: {} }, now),
    ).rejects.toBeInstanceOf(VersionConflictError);
    expect(saved.version).toBe(2);
    await openCase(owner.id, draft.id, parseForm(wechatFraudForm()), now);
    ws = await getCaseWorkspace(owner.id, draft.id, now);
    expect(ws.case.status).toBe("OPEN");
    expect(ws.deadlines.length).toBeGreaterThan(0);
    expect((await readAuditChain(draft.id)).entries.map((e) => e.action)).toEqual([
      "draft.created",
      "draft.saved",
      "case.opened",
    ]);
  });
});

describe("recording what happened", () => {
  test("reporting to the police meets the deadline; a retraction reopens it without editing history", async () => {
    const owner = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), now);
    const reported = await recordCaseEvent(
      owner.id,
      id,
      event({ type: "POLICE_REPORTED", occurredAt: "2026-11-29T19:30", reference: "京公网110-1" }),
      now,
    );
    let ws = await getCaseWorkspace(owner.id, id, now);
    expect(ws.deadlines.find((d) => d.ruleId === "fraud.police-report")?.status).toBe("met");
    await retractCaseEvent(owner.id, id, reported.id, now);
    ws = await getCaseWorkspace(owner.id, id, now);
    expect(ws.deadlines.find((d) => d.ruleId === "fraud.police-report")?.status).toBe("due_soon");
    expect(ws.events.filter((e) => e.type === "POLICE_REPORTED").map((e) => e.retracted)).toEqual([true]);
    await expect(retractCaseEvent(owner.id, id, reported.id, now)).rejects.toThrow(/already_retracted/);
    expect((await readAuditChain(id)).verdict).toEqual({ intact: true });
  });

  test("money recovered adds fen to the case and unlocks the recovered statuses", async () => {
    const owner = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), now);
    await expect(changeCaseStatus(owner.id, id, 1, "RECOVERED_PARTIAL", now)).rejects.toBeInstanceOf(
      StatusTransitionError,
    );
    await recordCaseEvent(
      owner.id,
      id,
      event({ type: "MONEY_RECOVERED", occurredAt: "2026-11-29T18:00", amount: "１，２８０．５０" }),
      now,
    );
    expect((await getCaseWorkspace(owner.id, id, now)).case.recoveredFen).toBe(128_050n);
    const { version } = await changeCaseStatus(owner.id, id, 1, "RECOVERED_PARTIAL", now);
    await expect(changeCaseStatus(owner.id, id, version, "RECOVERED_FULL", now)).rejects.toThrow(/recovery_incomplete/);
    await expect(changeCaseStatus(owner.id, id, version, "DRAFT", now)).rejects.toThrow(/not_allowed/);
    expect((await changeCaseStatus(owner.id, id, version, "CLOSED", now)).version).toBe(3);
  });

  test("self-check ticks persist as events, last tick wins", async () => {
    const owner = await createTestUser();
    const form = parseForm({
      ...wechatFraudForm(),
      kind: "ACCOUNT_RESTRICTED",
      platform: "OKPAY",
      facts: { restriction: "WITHDRAWAL_FAILING", noticedAt: "2026-11-29T09:00", statedReason: "" },
    } as never);
    const { id } = await createCase(owner.id, form, now);
    await setSelfCheck(owner.id, id, "balance", true, now);
    await setSelfCheck(owner.id, id, "network", true, now);
    await setSelfCheck(owner.id, id, "balance", false, now);
    expect((await getCaseWorkspace(owner.id, id, now)).selfCheck).toEqual({ balance: false, network: true });
  });
});

describe("editing facts", () => {
  test("a stale edit is refused, naming what changed; nothing is overwritten", async () => {
    const owner = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), now);
    const first = await updateCaseFacts(owner.id, id, 1, parseForm(wechatFraudForm({ title: "第一次修改" })), now);
    expect(first).toEqual({ version: 2, changed: ["title"] });
    const stale = updateCaseFacts(
      owner.id,
      id,
      1,
      parseForm(wechatFraudForm({ facts: { discoveredAt: "2026-11-29T15:00", policeReported: "no" } })),
      now,
    );
    await expect(stale).rejects.toMatchObject({ changed: ["title"], currentVersion: 2 });
    const ws = await getCaseWorkspace(owner.id, id, now);
    expect(ws.case.title).toBe("第一次修改");
    expect(ws.formValues?.facts).toMatchObject({ discoveredAt: "2026-11-29T16:00" });
  });

  test("payments edited: the amount at stake follows their sum", async () => {
    const owner = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), now);
    const form = wechatFraudForm();
    const edited = parseForm({
      ...form,
      payments: [...form.payments, { occurredAt: "2026-11-29T13:00", amount: "500" }],
    });
    expect((await updateCaseFacts(owner.id, id, 1, edited, now)).changed).toEqual(["payments"]);
    expect((await getCaseWorkspace(owner.id, id, now)).case.amountFen).toBe(2_850_000n);
  });

  test("an edit rewrites the payments but keeps a kept one's link to the file it was read from", async () => {
    const owner = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(fraudForm()), now);
    const [file] = await uploadFiles(
      owner.id,
      id,
      [{ filename: "转账截图.png", bytes: await evidenceFixture("transfer.png") }],
      now,
    );
    await db().payment.updateMany({ where: { caseId: id, position: 0 }, data: { evidenceId: file!.id } });
    const form = fraudForm();
    const edited = parseForm({
      ...form,
      payments: [...form.payments, { occurredAt: "2026-11-29T13:00", amount: "500" }],
    });
    await updateCaseFacts(owner.id, id, 1, edited, now);
    const payments = await db().payment.findMany({ where: { caseId: id }, orderBy: { position: "asc" } });
    expect(payments.map((p) => p.evidenceId)).toEqual([file!.id, null, null]);
  });
});

describe("ownership", () => {
  test("every command and read refuses another user's case as not found", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), now);
    const attempts = [
      () => getCaseWorkspace(other.id, id, now),
      () => updateCaseFacts(other.id, id, 1, parseForm(wechatFraudForm()), now),
      () => changeCaseStatus(other.id, id, 1, "CLOSED", now),
      () => recordCaseEvent(other.id, id, event({ type: "POLICE_REPORTED", occurredAt: "2026-11-29T19:30" }), now),
      () => retractCaseEvent(other.id, id, "x", now),
      () => setSelfCheck(other.id, id, "balance", true, now),
      () => saveDraft(other.id, id, 1, { kind: "FRAUD", platform: "ALIPAY", values: {} }, now),
      () => openCase(other.id, id, parseForm(wechatFraudForm()), now),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    expect((await listCasesForUser(other.id, now)).items).toEqual([]);
    expect((await readAuditChain(id)).entries).toHaveLength(1);
  });
});

describe("My cases", () => {
  test("sorted by urgency of the next user deadline, paginated by cursor", async () => {
    const owner = await createTestUser();
    // Discovered at different times: the earliest discovery has the earliest police deadline.
    const ids: string[] = [];
    for (const hour of ["18", "10", "14"]) {
      const form = wechatFraudForm({
        title: `案件 ${hour}`,
        facts: { discoveredAt: `2026-11-29T${hour}:00`, policeReported: "no" },
      });
      ids.push((await createCase(owner.id, parseForm(form), now)).id);
    }
    await db().case.update({ where: { id: ids[0] }, data: { status: "CLOSED" } });
    const first = await listCasesForUser(owner.id, now, { limit: 2 });
    expect(first.items.map((c) => c.title)).toEqual(["案件 10", "案件 14"]);
    expect(first.items[0]?.nextDeadline?.latest.toISOString()).toBe("2026-12-01T02:00:00.000Z");
    const second = await listCasesForUser(owner.id, now, { limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((c) => c.title)).toEqual(["案件 18"]);
    expect(second.items[0]?.nextDeadline).toBeNull();
    expect(second.nextCursor).toBeNull();
  });
});
