import { beforeEach, describe, expect, test, vi } from "vitest";
import { readAuditChain } from "@/lib/audit";
import { importBillResponse } from "@/lib/bills/server";
import { createCase, createDraftCase, discardDraft, getCaseWorkspace } from "@/lib/cases";
import { db } from "@/lib/db";
import { blobStore, type BlobStore } from "@/lib/storage";
import { billFixture, billImportRequest, caseSnapshot } from "./factories/bills";
import { fraudForm, parseForm } from "./factories/case";
import { createTestUser } from "./factories/user";

// Two imports of the same file into the same case at the same moment (a double tap, two tabs).
// Real database (PGlite here, PostgreSQL with TEST_DATABASE_URL), real local blob store. Either
// way there must be one clean outcome: both answered 201, the rows and the file written once.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => session.user }));

const { POST } = await import("@/app/api/cases/[caseId]/bill-import/route");

const WECHAT = billFixture("example-wechat-records.csv");
const now = new Date("2026-11-29T12:00:00Z");
const headers = (version: number) => ({ "x-bill-lines": "18,19,21", "x-case-version": String(version) });

/**
 * The real local store, whose puts wait until `parties` of them have stored their blob: every
 * import is then past its reading and storing before any of them locks the case, the order that
 * gave "Unique constraint failed on (caseId, sha256)" — a 500 — before the evidence row was
 * decided under the case lock.
 */
function storeMeetingAt(parties: number): BlobStore {
  const inner = blobStore();
  let arrived = 0;
  let release!: () => void;
  const everyone = new Promise<void>((resolve) => (release = resolve));
  return {
    driver: inner.driver,
    get: (key) => inner.get(key),
    delete: (key) => inner.delete(key),
    exists: (key) => inner.exists(key),
    list: () => inner.list(),
    async put(key, source, size) {
      await inner.put(key, source, size);
      if (++arrived === parties) release();
      await everyone;
    },
  };
}

type Answer = { status: number; body: Record<string, unknown> };
const answer = async (response: Response): Promise<Answer> => ({
  status: response.status,
  body: (await response.json()) as Record<string, unknown>,
});

/** One clean outcome: every import 201, and between them each row added once. */
function expectOneOutcome(answers: Answer[], rows: { payments: number; recoveries: number }) {
  expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
  const sum = (field: string) => answers.reduce((total, a) => total + Number(a.body[field]), 0);
  expect(sum("added")).toBe(rows.payments);
  expect(sum("recovered")).toBe(rows.recoveries);
  expect(new Set(answers.map((a) => a.body.evidenceId)).size).toBe(1);
}

describe("two imports of one file into one case at once", () => {
  let owner: { id: string; email: string };

  beforeEach(async () => {
    owner = await createTestUser();
    session.user = owner;
  });

  const openCase = async () => {
    const form = parseForm(fraudForm({ kind: "MISDIRECTED_TRANSFER", facts: { delayedArrival: "NONE" } }));
    return createCase(owner.id, form, now);
  };

  test("both past storing before either locks: both 201, payments, money back and the file once", async () => {
    const { id, version } = await openCase();
    const store = storeMeetingAt(2);
    const answers = await Promise.all(
      [1, 2].map(async () =>
        answer(await importBillResponse(billImportRequest(id, WECHAT, headers(version)), owner.id, id, store)),
      ),
    );
    expectOneOutcome(answers, { payments: 2, recoveries: 1 });
    const ws = await getCaseWorkspace(owner.id, id, now);
    // Two typed in the wizard, two from the bill; ¥0.35 back once.
    expect(ws.payments).toHaveLength(4);
    expect(ws.case.recoveredFen).toBe(35n);
    expect(ws.events.filter((e) => e.type === "MONEY_RECOVERED")).toHaveLength(1);
    expect(await caseSnapshot(id)).toMatchObject({ evidence: 1, blobs: 1 });
    expect((await readAuditChain(id)).verdict.intact).toBe(true);
  });

  test("through the route as the browser calls it, four at once", async () => {
    const { id, version } = await openCase();
    const answers = await Promise.all(
      [1, 2, 3, 4].map(async () =>
        answer(
          await POST(billImportRequest(id, WECHAT, headers(version)), { params: Promise.resolve({ caseId: id }) }),
        ),
      ),
    );
    expectOneOutcome(answers, { payments: 2, recoveries: 1 });
    expect(await caseSnapshot(id)).toMatchObject({ payments: 4, evidence: 1, events: 2, blobs: 1 });
  });

  test("into the wizard's draft: its payment rows filled once, the file once", async () => {
    const values = { kind: "MISDIRECTED_TRANSFER", platform: "WECHAT_PAY", payments: [], timeZone: "Asia/Shanghai" };
    const { id, version } = await createDraftCase(
      owner.id,
      { kind: "MISDIRECTED_TRANSFER", platform: "WECHAT_PAY", values },
      now,
    );
    const store = storeMeetingAt(2);
    const answers = await Promise.all(
      [1, 2].map(async () =>
        answer(await importBillResponse(billImportRequest(id, WECHAT, headers(version)), owner.id, id, store)),
      ),
    );
    expectOneOutcome(answers, { payments: 2, recoveries: 1 });
    const draft = await caseSnapshot(id);
    expect((draft.facts as { draft: { payments: unknown[] } }).draft.payments).toHaveLength(2);
    expect(draft).toMatchObject({ evidence: 1, blobs: 1, recoveredFen: 35n, version: version + 1 });
  });

  test("an import racing the draft's discard leaves no row and no blob, whichever wins", async () => {
    const { id, version } = await createDraftCase(
      owner.id,
      { kind: "FRAUD", platform: "WECHAT_PAY", values: { payments: [] } },
      now,
    );
    const [imported] = await Promise.all([
      POST(billImportRequest(id, WECHAT, headers(version)), { params: Promise.resolve({ caseId: id }) }),
      discardDraft(owner.id, id),
    ]);
    expect([201, 404]).toContain(imported.status);
    expect(await db().case.count({ where: { id } })).toBe(0);
    expect(await caseSnapshot(id)).toMatchObject({ payments: 0, evidence: 0, events: 0, audit: 0, blobs: 0 });
  });
});
