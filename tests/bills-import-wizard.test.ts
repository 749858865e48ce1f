import { beforeEach, describe, expect, test, vi } from "vitest";
import { readAuditChain } from "@/lib/audit";
import { createDraftCase, discardDraft, getCaseWorkspace, openCase, saveDraft } from "@/lib/cases";
import type { CaseFormInput } from "@/lib/cases/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { billFixture, billImportRequest, caseSnapshot } from "./factories/bills";
import { parseForm } from "./factories/case";
import { uploadFiles } from "./factories/evidence";
import { createTestUser } from "./factories/user";

// The wizard's bill step: the import route on a DRAFT case, then opening or discarding the draft.
// Real route, database and local blob store; only the session lookup is replaced.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => session.user }));

const { POST } = await import("@/app/api/cases/[caseId]/bill-import/route");

const WECHAT = billFixture("example-wechat-records.csv");
const now = new Date("2026-11-29T12:00:00Z");

const post = (caseId: string, lines: string, version: number) =>
  POST(billImportRequest(caseId, WECHAT, { "x-bill-lines": lines, "x-case-version": String(version) }), {
    params: Promise.resolve({ caseId }),
  });

/** The wizard's values at its third step, as it saves them: one payment typed by hand. */
const wizardValues = (payments: Record<string, string>[]) => ({
  kind: "MISDIRECTED_TRANSFER",
  platform: "WECHAT_PAY",
  title: "微信支付 转账错误",
  note: "",
  timeZone: "Asia/Shanghai",
  payments,
  facts: { delayedArrival: "NONE" },
  step: 2,
});
const typed = {
  occurredAt: "2026-11-20T10:00",
  amount: "100",
  transactionId: "",
  counterpartyName: "",
  counterpartyAccount: "",
};

describe("importing a bill in the wizard (into the draft)", () => {
  let owner: { id: string; email: string };
  let draftId: string;
  let version: number;

  beforeEach(async () => {
    owner = await createTestUser();
    session.user = owner;
    ({ id: draftId, version } = await createDraftCase(
      owner.id,
      { kind: "MISDIRECTED_TRANSFER", platform: "WECHAT_PAY", values: wizardValues([typed]) },
      now,
    ));
  });

  test("picked payments fill the draft's rows, the bill is its evidence, money back is recorded; opening keeps it all", async () => {
    // 21: ¥500.00 to 房东, 18: ¥28.16, 19: ¥0.35 received.
    const response = await post(draftId, "21,18,19", version);
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      version: number;
      added: number;
      recovered: number;
      evidenceId: string;
      draftPayments: Record<string, string>[];
    };
    expect(body).toMatchObject({ ok: true, version: version + 1, added: 2, recovered: 1, recoveredFen: "35" });
    // Earliest first, with the bill's seconds; the payment typed by hand stays, in its place in time.
    expect(body.draftPayments).toEqual([
      {
        occurredAt: "2019-09-26T12:45:27",
        amount: "28.16",
        transactionId: "3985734",
        counterpartyName: "云膳过桥米线(传奇广场店)",
        counterpartyAccount: "",
      },
      {
        occurredAt: "2021-01-22T12:34:56",
        amount: "500.00",
        transactionId: "3985734",
        counterpartyName: "房东",
        counterpartyAccount: "",
      },
      typed,
    ]);
    const draft = await caseSnapshot(draftId);
    expect(draft).toMatchObject({ payments: 0, evidence: 1, events: 1, blobs: 1, recoveredFen: 35n });
    expect((draft.facts as { draft: { payments: unknown } }).draft.payments).toEqual(body.draftPayments);
    // A draft still has no clock.
    expect((await getCaseWorkspace(owner.id, draftId, now)).deadlines).toEqual([]);

    // The wizard's form now holds those rows; the last step opens the case with them.
    const form = { ...wizardValues(body.draftPayments), step: undefined } as unknown as CaseFormInput;
    await openCase(owner.id, draftId, parseForm(form), now);
    const ws = await getCaseWorkspace(owner.id, draftId, now);
    expect(ws.case.status).toBe("OPEN");
    // The bill's rows keep their link to the kept bill as they become the case's payments.
    expect(ws.payments.map((p) => [p.occurredAt.toISOString(), p.amountFen, p.evidenceId])).toEqual([
      ["2019-09-26T04:45:27.000Z", 2816n, body.evidenceId],
      ["2021-01-22T04:34:56.000Z", 50_000n, body.evidenceId],
      ["2026-11-20T02:00:00.000Z", 10_000n, null],
    ]);
    expect(ws.case.amountFen).toBe(62_816n);
    expect(ws.case.recoveredFen).toBe(35n);
    const earliest = new Date("2019-09-26T04:45:27Z").getTime();
    const running = ws.deadlines.filter((d) => d.status !== "not_applicable");
    expect(running.length).toBeGreaterThan(0);
    expect(running.some((d) => d.triggeredAt.getTime() === earliest)).toBe(true);
    expect(running.every((d) => d.triggeredAt.getTime() >= earliest)).toBe(true);
    expect(await db().evidence.count({ where: { caseId: draftId } })).toBe(1);
    expect((await readAuditChain(draftId)).verdict.intact).toBe(true);

    // The edit form shows the seconds too, so editing the case later does not move the payments.
    expect(ws.formValues?.payments.map((p) => p.occurredAt)).toEqual([
      "2019-09-26T12:45:27",
      "2021-01-22T12:34:56",
      "2026-11-20T10:00",
    ]);
  });

  test("the same pick again adds nothing and writes nothing; a stale draft version is a 409 with nothing kept", async () => {
    const first = (await (await post(draftId, "18", version)).json()) as { version: number };
    const before = await caseSnapshot(draftId);
    const again = await post(draftId, "18", first.version);
    expect(await again.json()).toMatchObject({ ok: true, added: 0, skipped: 1, version: first.version });
    expect(await caseSnapshot(draftId)).toEqual(before);

    const stale = await post(draftId, "21", version);
    expect(stale.status).toBe(409);
    expect(await caseSnapshot(draftId)).toEqual(before);
  });

  test("a wizard save after the import carries on from the import's version", async () => {
    const { version: after } = (await (await post(draftId, "18", version)).json()) as { version: number };
    await expect(
      saveDraft(
        owner.id,
        draftId,
        version,
        { kind: "MISDIRECTED_TRANSFER", platform: "WECHAT_PAY", values: wizardValues([typed]) },
        now,
      ),
    ).rejects.toThrow(/stale edit/);
    await expect(
      saveDraft(
        owner.id,
        draftId,
        after,
        { kind: "MISDIRECTED_TRANSFER", platform: "WECHAT_PAY", values: wizardValues([typed]) },
        now,
      ),
    ).resolves.toEqual({ version: after + 1 });
  });
});

describe("discarding a draft", () => {
  test("deletes the draft with its bill (row and blob), its money-back events and its history", async () => {
    const owner = await createTestUser();
    session.user = owner;
    const { id, version } = await createDraftCase(
      owner.id,
      { kind: "MISDIRECTED_TRANSFER", platform: "WECHAT_PAY", values: wizardValues([typed]) },
      now,
    );
    expect((await post(id, "18,19", version)).status).toBe(201);
    await uploadFiles(owner.id, id, [{ filename: "截图.csv", bytes: new TextEncoder().encode("a,b\n1,2\n") }], now);
    expect(await caseSnapshot(id)).toMatchObject({ evidence: 2, events: 1, blobs: 2 });

    expect(await discardDraft(owner.id, id)).toEqual({ files: 2 });
    expect(await db().case.count({ where: { id } })).toBe(0);
    expect(await caseSnapshot(id)).toMatchObject({ payments: 0, evidence: 0, events: 0, audit: 0, blobs: 0 });
  });

  test("only the owner's drafts: another user's is not found, an opened case is refused and kept", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { id } = await createDraftCase(
      owner.id,
      { kind: "MISDIRECTED_TRANSFER", platform: "WECHAT_PAY", values: wizardValues([typed]) },
      now,
    );
    await expect(discardDraft(stranger.id, id)).rejects.toBeInstanceOf(NotFoundError);
    await openCase(owner.id, id, parseForm({ ...wizardValues([typed]) } as unknown as CaseFormInput), now);
    await expect(discardDraft(owner.id, id)).rejects.toMatchObject({ code: "draft_only" });
    expect(await db().case.count({ where: { id } })).toBe(1);
  });
});
