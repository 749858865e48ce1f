import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";
import { readAuditChain } from "@/lib/audit";
import { createCase, createDraftCase, openCase, saveDraft } from "@/lib/cases";
import { db } from "@/lib/db";
import { removeEvidence } from "@/lib/evidence/remove-evidence";
import { CORPUS_DIR } from "@/lib/screenshots/corpus";
import { screenshotChecklistItem } from "@/lib/screenshots/keep-screenshot-payment";
import { ocrRunner } from "@/lib/screenshots/ocr-runner";
import { blobCount } from "./factories/bills";
import { fraudForm, parseForm } from "./factories/case";
import { createTestUser } from "./factories/user";

// Issue 26's two routes, real: the read route runs the OCR child on a corpus screenshot, the keep
// route writes the confirmed payment and the screenshot as its evidence in one transaction.
// Only the session lookup is replaced.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; timeZone: string } }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => session.user }));

const { POST: read } = await import("@/app/api/screenshots/read/route");
const { POST: keep } = await import("@/app/api/cases/[caseId]/screenshot-payment/route");

const now = new Date("2026-12-07T12:00:00Z");
const screenshot = async (name: string) => new Uint8Array(await readFile(path.join(CORPUS_DIR, name)));
const readRequest = (bytes: Uint8Array) =>
  new Request("http://localhost/api/screenshots/read", { method: "POST", body: bytes as BodyInit });
const confirmed = {
  occurredAt: "2026-12-06T21:30:12",
  amount: "3000.00",
  transactionId: "1000050001202612060123456789012345",
  counterpartyName: "李*华",
  counterpartyAccount: "",
};
const keepRequest = (caseId: string, bytes: Uint8Array, version: number, payment: unknown = confirmed) =>
  keep(
    new Request(`http://localhost/api/cases/${caseId}/screenshot-payment`, {
      method: "POST",
      body: bytes as BodyInit,
      headers: {
        "x-case-version": String(version),
        "x-payment": encodeURIComponent(JSON.stringify(payment)),
        "x-file-name": encodeURIComponent("转账截图.jpg"),
      },
    }),
    { params: Promise.resolve({ caseId }) },
  );

afterAll(() => ocrRunner().stop());

describe("reading a screenshot", () => {
  test("proposes the payment in the form's terms and stores nothing; refuses a blank image; needs a session", async () => {
    session.user = { ...(await createTestUser()), timeZone: "Asia/Shanghai" };
    const expected = JSON.parse(await readFile(path.join(CORPUS_DIR, "expected.json"), "utf8")) as {
      file: string;
      expect?: { amountFen: string; transactionId: string; counterparty: string };
    }[];
    const pending = expected.find((entry) => entry.file === "wechat-transfer-pending-light.jpg")!.expect!;
    const response = await read(readRequest(await screenshot("wechat-transfer-pending-light.jpg")));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { platform: string; payment: Record<string, string>; low: string[] };
    expect(body.platform).toBe("WECHAT_PAY");
    expect(body.payment.amount).toBe(`${BigInt(pending.amountFen) / 100n}.${pending.amountFen.slice(-2)}`);
    expect(body.payment.transactionId).toBe(pending.transactionId);
    expect(body.payment.counterpartyName).toBe(pending.counterparty);
    expect(body.payment.occurredAt).toMatch(/^2026-1[12]-\d\dT\d\d:\d\d$/);
    expect(await blobCount()).toBe(0);

    const blank = await read(readRequest(await screenshot("not-blank.jpg")));
    expect(blank.status).toBe(422);
    expect(await blank.json()).toEqual({
      error: { code: "not_a_payment", message: expect.stringContaining("付款详情") },
    });

    session.user = null;
    expect((await read(readRequest(await screenshot("not-blank.jpg")))).status).toBe(401);
  }, 120_000);
});

describe("keeping a confirmed payment with its screenshot", () => {
  let owner: { id: string; email: string; timeZone: string };
  let bytes: Uint8Array;

  beforeEach(async () => {
    owner = { ...(await createTestUser()), timeZone: "Asia/Shanghai" };
    session.user = owner;
    bytes = await screenshot("wechat-transfer-pending-light.jpg");
  });

  test("an open case gets the payment as edited and the screenshot as its evidence in the transfer slot", async () => {
    const { id, version } = await createCase(owner.id, parseForm(fraudForm()), now);
    const response = await keepRequest(id, bytes, version);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { evidenceId: string; version: number; added: number };
    expect(body).toMatchObject({ ok: true, version: version + 1, added: 1 });
    const payment = await db().payment.findFirstOrThrow({
      where: { caseId: id, transactionId: confirmed.transactionId },
    });
    expect(payment).toMatchObject({ amountFen: 300000n, counterpartyName: "李*华", evidenceId: body.evidenceId });
    // The typed payments the case was opened with link to no file.
    expect(await db().payment.count({ where: { caseId: id, evidenceId: null } })).toBe(2);
    expect(payment.occurredAt.toISOString()).toBe("2026-12-06T13:30:12.000Z");
    const evidence = await db().evidence.findUniqueOrThrow({ where: { id: body.evidenceId } });
    expect(evidence).toMatchObject({
      caseId: id,
      mime: "image/jpeg",
      name: "转账截图.jpg",
      item: screenshotChecklistItem("FRAUD"),
    });
    expect(evidence.item).not.toBeNull();
    const { entries, verdict } = await readAuditChain(id);
    expect(verdict.intact).toBe(true);
    const added = entries.find((entry) => entry.action === "payments.added");
    expect(added?.after).toMatchObject({ source: { evidenceId: body.evidenceId, from: "screenshot" } });

    // The same screenshot and payment again: nothing added twice, the evidence reused.
    const again = await keepRequest(id, bytes, body.version);
    expect(again.status).toBe(201);
    expect(await again.json()).toMatchObject({ added: 0, evidenceId: body.evidenceId });
    expect(await db().evidence.count({ where: { caseId: id } })).toBe(1);

    // Deleting the file keeps the payment; only its link goes.
    await removeEvidence({ ownerId: owner.id, caseId: id, evidenceId: body.evidenceId, now });
    expect(await db().payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({
      amountFen: 300000n,
      evidenceId: null,
    });
  });

  test("opening a draft links the screenshot's payment to it, across the wizard's saves; typed ones stay unlinked", async () => {
    const values = { kind: "FRAUD", platform: "WECHAT_PAY", payments: [], facts: {}, step: 2 };
    const draft = await createDraftCase(owner.id, { kind: "FRAUD", platform: "WECHAT_PAY", values }, now);
    const response = await keepRequest(draft.id, bytes, draft.version);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { evidenceId: string; version: number; draftPayments: unknown[] };
    // The wizard saves again (the browser's values only): the server's link survives.
    const typed = {
      occurredAt: "2026-12-05T09:00",
      amount: "500",
      transactionId: "",
      counterpartyName: "",
      counterpartyAccount: "",
    };
    const form = fraudForm({ platform: "WECHAT_PAY", payments: [typed, ...body.draftPayments] });
    const saved = await saveDraft(
      owner.id,
      draft.id,
      body.version,
      { kind: "FRAUD", platform: "WECHAT_PAY", values: { ...values, payments: form.payments } },
      now,
    );
    expect(saved.version).toBe(body.version + 1);
    await openCase(owner.id, draft.id, parseForm(form), now);
    const payments = await db().payment.findMany({ where: { caseId: draft.id }, orderBy: { position: "asc" } });
    expect(payments.map((p) => [p.transactionId, p.evidenceId])).toEqual([
      [null, null],
      [confirmed.transactionId, body.evidenceId],
    ]);
    const facts = (await db().case.findUniqueOrThrow({ where: { id: draft.id } })).facts as Record<string, unknown>;
    expect(facts).not.toHaveProperty("draftLinks");
  });

  test("a draft's rows get the payment, and the screenshot fills 转账截图", async () => {
    const { id, version } = await createDraftCase(
      owner.id,
      {
        kind: "MISDIRECTED_TRANSFER",
        platform: "WECHAT_PAY",
        values: { kind: "MISDIRECTED_TRANSFER", platform: "WECHAT_PAY", payments: [], facts: {}, step: 2 },
      },
      now,
    );
    const response = await keepRequest(id, bytes, version);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { evidenceId: string; draftPayments: Record<string, string>[] };
    expect(body.draftPayments).toEqual([confirmed]);
    expect(await db().evidence.findUniqueOrThrow({ where: { id: body.evidenceId } })).toMatchObject({
      item: "transfer-screenshot",
    });
  });

  test("another user's case is 404, a stale version 409, a bad field 422, not an image 422: nothing stored", async () => {
    const { id, version } = await createCase(owner.id, parseForm(fraudForm()), now);
    const stranger = await createTestUser();
    const theirs = await createCase(stranger.id, parseForm(fraudForm()), now);
    expect((await keepRequest(theirs.id, bytes, theirs.version)).status).toBe(404);
    expect((await keepRequest(id, bytes, version + 5)).status).toBe(409);
    const bad = await keepRequest(id, bytes, version, { ...confirmed, amount: "三千" });
    expect(bad.status).toBe(422);
    const pdf = await keepRequest(id, new TextEncoder().encode("%PDF-1.7\n"), version);
    expect(pdf.status).toBe(422);
    expect(await pdf.json()).toMatchObject({ error: { code: "not_an_image" } });
    expect(await db().evidence.count({ where: { caseId: { in: [id, theirs.id] } } })).toBe(0);
    expect(await blobCount(id)).toBe(0);
    expect(await blobCount(theirs.id)).toBe(0);
  });
});
