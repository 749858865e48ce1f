import { beforeEach, describe, expect, test, vi } from "vitest";
import { readAuditChain } from "@/lib/audit";
import { BILL_CHECKLIST_ITEMS } from "@/lib/bills/server";
import { createCase, getCaseWorkspace } from "@/lib/cases";
import { db } from "@/lib/db";
import { checklistForKind } from "@/lib/evidence";
import { billFixture as fixture, billImportRequest, blobCount, caseSnapshot } from "./factories/bills";
import { fraudForm, parseForm } from "./factories/case";
import { createTestUser } from "./factories/user";

// The import route as Next calls it: real Request, real database, real local blob store under
// the test's DATA_DIR. Only the session lookup is replaced (no Next request scope in Vitest).
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => session.user }));

const { POST } = await import("@/app/api/cases/[caseId]/bill-import/route");

const WECHAT = fixture("example-wechat-records.csv");

function post(caseId: string, body: Uint8Array, headers: Record<string, string>, name?: string) {
  return POST(billImportRequest(caseId, body, headers, name), { params: Promise.resolve({ caseId }) });
}

async function snapshot(caseId: string) {
  const { facts: _facts, ...rest } = await caseSnapshot(caseId);
  return rest;
}

const now = new Date("2026-11-29T12:00:00Z");

describe("POST /api/cases/:id/bill-import (pick and fill)", () => {
  let caseId: string;
  let version: number;

  beforeEach(async () => {
    const user = await createTestUser();
    session.user = user;
    const form = parseForm(fraudForm({ kind: "MISDIRECTED_TRANSFER", facts: { delayedArrival: "NONE" } }));
    ({ id: caseId, version } = await createCase(user.id, form, now));
  });

  test("the picked rows become payments, the bill becomes tagged evidence, deadlines follow the earliest", async () => {
    const response = await post(caseId, WECHAT, { "x-bill-lines": "21,18", "x-case-version": String(version) });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { added: number; skipped: number; version: number; evidenceId: string };
    expect(body).toMatchObject({ ok: true, added: 2, skipped: 0, version: version + 1 });

    const ws = await getCaseWorkspace(session.user!.id, caseId, now);
    // ¥20,000 + ¥8,000 typed in the wizard, then ¥28.16 and ¥500.00 from the bill.
    expect(ws.case.amountFen).toBe(2_000_000n + 800_000n + 2816n + 50_000n);
    expect(
      ws.payments.map((p) => [
        p.position,
        p.occurredAt.toISOString(),
        p.amountFen,
        p.transactionId,
        p.counterpartyName,
        p.evidenceId,
      ]),
    ).toEqual([
      // The bill's rows link to the kept bill; the typed ones to nothing.
      [0, "2019-09-26T04:45:27.000Z", 2816n, "3985734", "云膳过桥米线(传奇广场店)", body.evidenceId],
      [1, "2021-01-22T04:34:56.000Z", 50_000n, "3985734", "房东", body.evidenceId],
      [2, "2026-11-29T02:00:00.000Z", 2_000_000n, null, "张某", null],
      [3, "2026-11-29T04:30:00.000Z", 800_000n, null, null, null],
    ]);
    // What the payments list shows as the proof link.
    expect(ws.payments[0]!.evidence).toEqual({ id: body.evidenceId, name: "微信账单.csv" });
    const earliest = new Date("2019-09-26T04:45:27Z").getTime();
    expect(ws.deadlines.some((d) => d.status !== "not_applicable" && d.triggeredAt.getTime() === earliest)).toBe(true);

    const evidence = await db().evidence.findUniqueOrThrow({ where: { id: body.evidenceId } });
    const checklist = checklistForKind("MISDIRECTED_TRANSFER").map((item) => item.id);
    expect(checklist).toContain(evidence.item);
    expect(BILL_CHECKLIST_ITEMS).toContain(evidence.item);
    expect(evidence).toMatchObject({ caseId, size: WECHAT.length, mime: "text/csv; charset=utf-8", ext: "csv" });
    expect(evidence.name).toBe("微信账单.csv");
    expect(await blobCount(caseId)).toBe(1);

    const chain = await readAuditChain(caseId);
    expect(chain.verdict.intact).toBe(true);
    expect(chain.entries.map((e) => e.action).slice(-2)).toEqual(["evidence.added", "payments.added"]);
  });

  test("rows not picked are kept nowhere but in the stored file", async () => {
    await post(caseId, WECHAT, { "x-bill-lines": "18", "x-case-version": String(version) });
    const notPicked = "207210715100077148235523883175";
    const audit = await db().auditEntry.findMany({ where: { caseId } });
    expect(JSON.stringify(audit)).not.toContain(notPicked);
    expect(await db().payment.count({ where: { transactionId: notPicked } })).toBe(0);
    expect(JSON.stringify(audit)).not.toContain("房东");
  });

  test("importing the same rows again adds nothing and stores the file once", async () => {
    await post(caseId, WECHAT, { "x-bill-lines": "18,21", "x-case-version": String(version) });
    const before = await snapshot(caseId);
    const again = await post(caseId, WECHAT, { "x-bill-lines": "18,21", "x-case-version": String(version + 1) });
    expect(await again.json()).toMatchObject({ ok: true, added: 0, skipped: 2, version: version + 1 });
    expect(await snapshot(caseId)).toEqual(before);
  });

  test.each([
    { name: "not a bill", bytes: fixture("example-jd-records.csv"), lines: "18", status: 422, code: "not_a_bill" },
    { name: "a line that is not a row", bytes: WECHAT, lines: "18,9999", status: 422, code: "rows_not_in_bill" },
    { name: "a header line", bytes: WECHAT, lines: "17", status: 422, code: "rows_not_in_bill" },
    { name: "a withdrawal (own accounts)", bytes: WECHAT, lines: "18,24", status: 422, code: "not_pickable" },
    { name: "no lines", bytes: WECHAT, lines: "", status: 422, code: "invalid_input" },
    { name: "lines that are not numbers", bytes: WECHAT, lines: "18;DROP", status: 422, code: "invalid_input" },
    { name: "a truncated bill", bytes: WECHAT.subarray(0, 3000), lines: "18", status: 422, code: "truncated" },
  ])("$name → $status $code, nothing stored", async ({ bytes, lines, status, code }) => {
    const headers = { "x-bill-lines": lines };
    const before = await snapshot(caseId);
    const response = await post(caseId, bytes, { "x-case-version": String(version), ...headers });
    expect(response.status).toBe(status);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await snapshot(caseId)).toEqual(before);
  });

  test("a stale version is a 409 and leaves no blob behind", async () => {
    const before = await snapshot(caseId);
    const response = await post(caseId, WECHAT, { "x-bill-lines": "18", "x-case-version": String(version + 5) });
    expect(response.status).toBe(409);
    expect(await snapshot(caseId)).toEqual(before);
  });

  test("another user's case is a 404 and nothing is stored; no session is a 401", async () => {
    const before = await snapshot(caseId);
    session.user = await createTestUser();
    const stranger = await post(caseId, WECHAT, { "x-bill-lines": "18", "x-case-version": String(version) });
    expect(stranger.status).toBe(404);
    session.user = null;
    const anonymous = await post(caseId, WECHAT, { "x-bill-lines": "18", "x-case-version": String(version) });
    expect(anonymous.status).toBe(401);
    expect(await snapshot(caseId)).toEqual(before);
  });

  test("messages follow the locale cookie", async () => {
    const response = await post(caseId, WECHAT, {
      "x-bill-lines": "24",
      "x-case-version": String(version),
      cookie: "NEXT_LOCALE=en",
    });
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      "Line 24 moves money between your own accounts (a top-up, a withdrawal, a move to a savings fund). It is neither a payment nor money back, so it cannot be picked.",
    );
  });

  test("money received is recorded as recovered, not as a payment; picking it again records nothing twice", async () => {
    const before = await getCaseWorkspace(session.user!.id, caseId, now);
    // 18: ¥28.16 paid; 19: ¥0.35 received; 22: ¥23.00 received.
    const response = await post(caseId, WECHAT, { "x-bill-lines": "18,19,22", "x-case-version": String(version) });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      ok: true,
      added: 1,
      skipped: 0,
      recovered: 2,
      recoveredSkipped: 0,
      recoveredFen: "2335",
    });
    const ws = await getCaseWorkspace(session.user!.id, caseId, now);
    expect(ws.case.amountFen).toBe(before.case.amountFen + 2816n);
    expect(ws.case.recoveredFen).toBe(2335n);
    expect(ws.payments.map((p) => p.amountFen)).not.toContain(35n);
    const recovered = ws.events.filter((e) => e.type === "MONEY_RECOVERED");
    expect(recovered.map((e) => [e.occurredAt.toISOString(), e.payload])).toEqual([
      [
        "2019-09-24T02:10:11.000Z",
        expect.objectContaining({ amountFen: "35", reference: "3985734", note: "同性好友" }),
      ],
      [
        "2020-11-27T11:29:00.000Z",
        expect.objectContaining({ amountFen: "2300", reference: "3985734", note: "用户A · 收款方备注:二维码收款" }),
      ],
    ]);
    // The deadlines still start from the earliest payment out, not from money that came in.
    expect(
      ws.deadlines.some((d) => d.status !== "not_applicable" && d.triggeredAt.getTime() === 1_569_473_127_000),
    ).toBe(true);
    expect((await readAuditChain(caseId)).verdict.intact).toBe(true);

    const again = await post(caseId, WECHAT, { "x-bill-lines": "19,22", "x-case-version": String(ws.case.version) });
    expect(await again.json()).toMatchObject({ ok: true, added: 0, recovered: 0, recoveredSkipped: 2 });
    expect((await getCaseWorkspace(session.user!.id, caseId, now)).case.recoveredFen).toBe(2335n);
  });

  test("an Alipay refund booked as 不计收支 is money back; the GBK bill is stored as a GB18030 CSV", async () => {
    const alipay = fixture("example-alipay-records.csv");
    const response = await post(
      caseId,
      alipay,
      { "x-bill-lines": "27,28", "x-case-version": String(version) },
      "支付宝交易明细.csv",
    );
    const body = (await response.json()) as { evidenceId: string; added: number; recovered: number };
    expect(body).toMatchObject({ added: 1, recovered: 1 });
    expect((await getCaseWorkspace(session.user!.id, caseId, now)).case.recoveredFen).toBe(1603n);
    const evidence = await db().evidence.findUniqueOrThrow({ where: { id: body.evidenceId } });
    expect(evidence).toMatchObject({ mime: "text/csv; charset=gb18030", ext: "csv" });
  });

  test("the xlsx bill is stored as a spreadsheet, with the type the evidence upload gives it", async () => {
    const xlsx = fixture("example-wechat-records.xlsx");
    const response = await post(
      caseId,
      xlsx,
      { "x-bill-lines": "19", "x-case-version": String(version) },
      "微信支付账单.xlsx",
    );
    expect(response.status).toBe(201);
    const { evidenceId } = (await response.json()) as { evidenceId: string };
    expect(await db().evidence.findUniqueOrThrow({ where: { id: evidenceId } })).toMatchObject({
      mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ext: "xlsx",
      size: xlsx.length,
    });
  });
});
