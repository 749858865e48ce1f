import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import type * as Auth from "@/lib/auth";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { createCase } from "@/lib/cases";
import { carriedAnswers, parseFirstAid } from "@/lib/first-aid/answers";
import { billFixture, billImportRequest, blobCount } from "./factories/bills";
import { fraudForm, parseForm } from "./factories/case";
import { createTestUser } from "./factories/user";
import { multipartBody, type Part } from "./setup/multipart";

// Per-user quotas through the real routes and actions: the database, storage, limits and
// messages are real; only Next's request scope (session, cache revalidation) is supplied.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof Auth>()),
  getSessionUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error("NEXT_REDIRECT /sign-in");
    return session.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const upload = await import("@/app/api/cases/[caseId]/evidence/route");
const myData = await import("@/app/api/me/export/route");
const bundle = await import("@/app/api/cases/[caseId]/bundle/route");
const actions = await import("@/app/(app)/cases/actions");
const billImport = await import("@/app/api/cases/[caseId]/bill-import/route");
const screenshotPayment = await import("@/app/api/cases/[caseId]/screenshot-payment/route");
const firstAid = await import("@/app/first-aid/actions");

const fixture = (name: string) => readFile(path.join(process.cwd(), "lib/evidence/__fixtures__", name));
type Json = { error?: { code: string; message: string } };

function setEnv(values: Record<string, string>) {
  Object.assign(process.env, values);
  resetEnvForTests();
}
afterEach(() => {
  for (const key of [
    "USER_STORAGE_MAX_MB",
    "QUOTA_CASES_PER_HOUR",
    "QUOTA_UPLOADS_PER_HOUR",
    "QUOTA_EXPORTS_PER_HOUR",
  ]) {
    delete process.env[key];
  }
  resetEnvForTests();
});

async function signedInWithCases(count: number) {
  const owner = await createTestUser();
  session.user = owner;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const made = await db().case.create({
      data: {
        ownerId: owner.id,
        kind: "MISDIRECTED_TRANSFER",
        platform: "WECHAT_PAY",
        title: `案件 ${i}`,
        amountFen: 100n,
      },
      select: { id: true },
    });
    ids.push(made.id);
  }
  return { owner, ids };
}

function post(caseId: string, parts: Part[], locale = "zh-CN") {
  const { body, contentType } = multipartBody(parts);
  return upload.POST(
    new Request(`http://localhost/api/cases/${caseId}/evidence`, {
      method: "POST",
      headers: { "content-type": contentType, cookie: `NEXT_LOCALE=${locale}`, "content-length": String(body.length) },
      body: new Uint8Array(body),
    }),
    { params: Promise.resolve({ caseId }) },
  );
}

describe("per-user quotas", () => {
  test("total storage over all of a user's cases: 413 storage_full, translated, nothing kept", async () => {
    const png = await fixture("transfer.png");
    const pdf = await fixture("receipt.pdf");
    // Room for the PNG but not for both files together.
    setEnv({ USER_STORAGE_MAX_MB: String((png.length + pdf.length / 2) / 2 ** 20) });
    const { ids } = await signedInWithCases(2);
    expect((await post(ids[0]!, [{ field: "file", filename: "a.png", bytes: png }])).status).toBe(201);
    const zh = await post(ids[1]!, [{ field: "file", filename: "b.pdf", bytes: pdf }]);
    expect(zh.status).toBe(413);
    const zhBody = (await zh.json()) as Json;
    expect(zhBody.error?.code).toBe("storage_full");
    expect(zhBody.error?.message).toContain("所有案件的证据合计");
    const en = await post(ids[1]!, [{ field: "file", filename: "b.pdf", bytes: pdf }], "en");
    expect(((await en.json()) as Json).error?.message).toMatch(/across all cases/);
    expect(await db().evidence.count({ where: { caseId: ids[1]! } })).toBe(0);
    const stored = await readdir(path.join(process.env.DATA_DIR!, "evidence", "cases", ids[1]!)).catch(() => []);
    expect(stored).toEqual([]);
  });

  test("the default is 2 GiB", async () => {
    const { userStorageLimitBytes } = await import("@/lib/quotas");
    expect(userStorageLimitBytes()).toBe(2 * 1024 ** 3);
  });

  test("uploads per hour: 429 too_many_uploads with Retry-After", async () => {
    setEnv({ QUOTA_UPLOADS_PER_HOUR: "2" });
    const { ids } = await signedInWithCases(1);
    const files = ["transfer.png", "receipt.pdf", "chat-gbk.txt"];
    const statuses: number[] = [];
    let last: Response | undefined;
    for (const name of files) {
      last = await post(ids[0]!, [{ field: "file", filename: name, bytes: await fixture(name) }]);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 429]);
    expect(last!.headers.get("retry-after")).toBe("3600");
    expect(((await last!.json()) as Json).error).toMatchObject({ code: "too_many_uploads" });
  });

  test("exports per hour: the bundle and my-data downloads share one quota; 429 translated", async () => {
    setEnv({ QUOTA_EXPORTS_PER_HOUR: "2" });
    const { ids } = await signedInWithCases(1);
    const request = (url: string) => new Request(url, { headers: { cookie: "NEXT_LOCALE=en" } });
    for (let i = 0; i < 2; i++) {
      const fine = await myData.GET(request("http://localhost/api/me/export"));
      expect(fine.status).toBe(200);
      await fine.arrayBuffer();
    }
    const third = await bundle.GET(request(`http://localhost/api/cases/${ids[0]}/bundle`), {
      params: Promise.resolve({ caseId: ids[0]! }),
    });
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toBe("3600");
    expect(((await third.json()) as Json).error).toMatchObject({
      code: "too_many_exports",
      message: expect.stringMatching(/wait up to an hour/),
    });
  });

  test("case creation per hour: the wizard's first save and a direct open both count", async () => {
    setEnv({ QUOTA_CASES_PER_HOUR: "2" });
    const owner = await createTestUser();
    session.user = owner;
    const draft = await actions.saveDraftAction({ kind: "FRAUD", platform: "ALIPAY", values: { step: 1 } });
    expect(draft.ok).toBe(true);
    expect((await actions.openCaseAction(null, fraudForm())).ok).toBe(true);
    const before = await db().case.count({ where: { ownerId: owner.id } });
    expect(await actions.openCaseAction(null, fraudForm())).toEqual({ ok: false, code: "errors.tooManyCases" });
    expect(await actions.saveDraftAction({ kind: "FRAUD", platform: "ALIPAY", values: {} })).toEqual({
      ok: false,
      code: "errors.tooManyCases",
    });
    expect(await db().case.count({ where: { ownerId: owner.id } })).toBe(before);
    // Saving the draft that exists, and opening it, are not new cases.
    if (draft.ok) {
      expect((await actions.openCaseAction(draft.data.id, fraudForm())).ok).toBe(true);
    }
  });

  describe("a bill import and a screenshot's payment store files too, under the same quotas", () => {
    const now = new Date();
    const openCase = async () => {
      const owner = await createTestUser();
      session.user = owner;
      const opened = await createCase(owner.id, parseForm(fraudForm()), now);
      return { owner, ...opened };
    };
    const keepScreenshot = (caseId: string, version: number, bytes: Uint8Array) =>
      screenshotPayment.POST(
        new Request(`http://localhost/api/cases/${caseId}/screenshot-payment`, {
          method: "POST",
          body: bytes as BodyInit,
          headers: {
            cookie: "NEXT_LOCALE=en",
            "x-case-version": String(version),
            "x-payment": encodeURIComponent(
              JSON.stringify({
                occurredAt: "2026-12-06T21:30",
                amount: "30.00",
                transactionId: "",
                counterpartyName: "",
                counterpartyAccount: "",
              }),
            ),
            "x-file-name": "shot.png",
          },
        }),
        { params: Promise.resolve({ caseId }) },
      );

    test("uploads per hour: the screenshot's payment is refused with 429 after an upload used the hour's quota", async () => {
      setEnv({ QUOTA_UPLOADS_PER_HOUR: "1" });
      const { id, version } = await openCase();
      expect((await post(id, [{ field: "file", filename: "a.pdf", bytes: await fixture("receipt.pdf") }])).status).toBe(
        201,
      );
      const refused = await keepScreenshot(id, version, new Uint8Array(await fixture("transfer.png")));
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as Json).error?.code).toBe("too_many_uploads");
      expect(await db().payment.count({ where: { caseId: id, amountFen: 3000n } })).toBe(0);
      expect(await db().evidence.count({ where: { caseId: id } })).toBe(1);
    });

    test("total storage: a bill import past the user's cap is 413 storage_full, nothing kept", async () => {
      const png = await fixture("transfer.png");
      const bill = billFixture("example-wechat-records.csv");
      // Room for the PNG, not for the bill as well.
      setEnv({ USER_STORAGE_MAX_MB: String((png.length + bill.length / 2) / 2 ** 20) });
      const { id, version } = await openCase();
      expect((await post(id, [{ field: "file", filename: "a.png", bytes: png }])).status).toBe(201);
      const blobsBefore = await blobCount(id);
      const refused = await billImport.POST(
        billImportRequest(id, bill, {
          "x-bill-lines": "21",
          "x-case-version": String(version),
          cookie: "NEXT_LOCALE=en",
        }),
        { params: Promise.resolve({ caseId: id }) },
      );
      expect(refused.status).toBe(413);
      expect(((await refused.json()) as Json).error).toMatchObject({
        code: "storage_full",
        message: expect.stringMatching(/across all cases/),
      });
      expect(await db().evidence.count({ where: { caseId: id } })).toBe(1);
      expect(await blobCount(id)).toBe(blobsBefore);
      const screenshot = await keepScreenshot(id, version, new Uint8Array(await fixture("transfer.png")));
      // The same PNG is already evidence on the case: no new bytes, so the cap does not stand in the way.
      expect(screenshot.status).toBe(201);
    });
  });

  test("first aid's 保存为案件 counts against the same case quota, and a refusal keeps the answers", async () => {
    setEnv({ QUOTA_CASES_PER_HOUR: "1" });
    const owner = await createTestUser();
    session.user = owner;
    const now = new Date();
    const wall = new Date(now.getTime() - 30 * 60_000 + 8 * 3600_000).toISOString().slice(0, 16);
    const parsed = parseFirstAid("FRAUD", new URLSearchParams({ platform: "ALIPAY", at: wall, amount: "80" }), now);
    if (!parsed.ok) throw new Error("answers should parse");
    const form = new FormData();
    form.set("answers", carriedAnswers(parsed.answers));
    // The action ends in redirect(), which throws Next's NEXT_REDIRECT with the target in its digest.
    const landing = async () => {
      const thrown: unknown = await firstAid.saveFirstAid(form).then(
        () => null,
        (error: unknown) => error,
      );
      return String((thrown as { digest?: string } | null)?.digest ?? "").split(";")[2];
    };
    expect(await landing()).toMatch(/^\/cases\/\w+$/);
    expect(await landing()).toBe(`/first-aid/${carriedAnswers(parsed.answers)}&refused=too_many_cases`);
    expect(await db().case.count({ where: { ownerId: owner.id } })).toBe(1);
    // The wizard sees the same count: the first-aid case used this hour's one.
    expect(await actions.openCaseAction(null, fraudForm())).toEqual({ ok: false, code: "errors.tooManyCases" });
  });
});
