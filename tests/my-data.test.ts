import { createHash } from "node:crypto";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { openCase } from "@/lib/cases";
import { deleteAccount } from "@/lib/auth/manage-account";
import { db } from "@/lib/db";
import { deletionSubjectHash } from "@/lib/account";
import { blobStore } from "@/lib/storage";
import { fraudForm, parseForm } from "./factories/case";
import { evidenceFixture, uploadFiles } from "./factories/evidence";
import { createTestUser } from "./factories/user";
import { readZip } from "./setup/read-zip";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => session.user }));
const route = await import("@/app/api/me/export/route");

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const exportFor = async (user: { id: string; email: string } | null) => {
  session.user = user;
  return route.GET(new Request("http://localhost/api/me/export", { headers: { cookie: "NEXT_LOCALE=en" } }));
};

async function userWithCase(title: string, fixtures: string[]) {
  const user = await createTestUser();
  const { id } = await openCase(user.id, null, parseForm(fraudForm({ title })), new Date("2026-11-29T09:00:00Z"));
  const files = await Promise.all(fixtures.map(async (f) => ({ filename: f, bytes: await evidenceFixture(f) })));
  const evidence = await uploadFiles(user.id, id, files);
  await db().session.create({
    data: { sessionToken: `token-${user.id}`, userId: user.id, expires: new Date("2030-01-01T00:00:00Z") },
  });
  await db().letterDraft.create({
    data: { caseId: id, recipient: "police", locale: "zh-CN", version: 1, body: `报案材料 ${title}` },
  });
  return { user, caseId: id, evidence };
}

let a: Awaited<ReturnType<typeof userWithCase>>;
let b: Awaited<ReturnType<typeof userWithCase>>;

beforeAll(async () => {
  a = await userWithCase("甲的诈骗案件", ["transfer.png", "receipt.pdf"]);
  // The first payment read from the screenshot, as keeping a screenshot's payment links it.
  await db().payment.updateMany({ where: { caseId: a.caseId, position: 0 }, data: { evidenceId: a.evidence[0]!.id } });
  b = await userWithCase("乙的诈骗案件", ["photo.jpg"]);
});

describe("my data", () => {
  test("the export holds my account, cases, letters and evidence files, and nothing of anyone else", async () => {
    const response = await exportFor(a.user);
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get("content-length"))).toBe(body.length);
    const zip = readZip(body);
    const data = JSON.parse(zip.get("data.json")!.bytes.toString("utf8")) as {
      account: { email: string; passwordSet: boolean };
      sessions: unknown[];
      cases: {
        id: string;
        title: string;
        amountFen: string;
        payments: { position: number; evidenceId: string | null }[];
        audit: { action: string }[];
        letters: { body: string }[];
        evidence: { path: string; sha256: string; name: string }[];
      }[];
    };
    expect(data.account).toMatchObject({ email: a.user.email, passwordSet: false });
    expect(data.sessions).toHaveLength(1);
    expect(data.cases.map((c) => c.title)).toEqual(["甲的诈骗案件"]);
    const [mine] = data.cases;
    expect(mine!.amountFen).toBe("2800000");
    expect(mine!.payments.map((p) => [p.position, p.evidenceId])).toEqual([
      [0, a.evidence[0]!.id],
      [1, null],
    ]);
    expect(mine!.audit.map((e) => e.action)).toContain("evidence.added");
    expect(mine!.letters[0]!.body).toBe("报案材料 甲的诈骗案件");
    expect(mine!.evidence).toHaveLength(2);
    for (const e of mine!.evidence) expect(sha256(zip.get(e.path)!.bytes)).toBe(e.sha256);
    const raw = zip.get("data.json")!.bytes.toString("utf8");
    expect(raw).not.toContain(b.user.email);
    expect(raw).not.toContain("乙的诈骗案件");
    expect(raw).not.toContain("passwordHash");
    expect(raw).not.toContain(`token-${a.user.id}`);
    expect([...zip.keys()].filter((k) => k.startsWith("evidence/"))).toHaveLength(2);
  });

  test("signed out is a 401", async () => {
    expect((await exportFor(null)).status).toBe(401);
  });

  test("deleting needs the right confirmation; then every row and blob of mine is gone, the other user's are not, and a record without personal data stays", async () => {
    const store = blobStore();
    const keysOf = (caseId: string) =>
      db()
        .evidence.findMany({ where: { caseId }, select: { storageKey: true } })
        .then((rows) => rows.map((r) => r.storageKey));
    const aKeys = await keysOf(a.caseId);
    const bKeys = await keysOf(b.caseId);
    expect(aKeys).toHaveLength(2);

    expect(await deleteAccount(a.user.id, "someone-else@example.com")).toMatchObject({ ok: false });
    expect(await db().user.count({ where: { id: a.user.id } })).toBe(1);

    expect(await deleteAccount(a.user.id, a.user.email.toUpperCase())).toEqual({ ok: true });

    const byCase = { caseId: a.caseId };
    expect(await db().user.count({ where: { id: a.user.id } })).toBe(0);
    expect(await db().case.count({ where: { ownerId: a.user.id } })).toBe(0);
    expect(await db().payment.count({ where: byCase })).toBe(0);
    expect(await db().caseEvent.count({ where: byCase })).toBe(0);
    expect(await db().auditEntry.count({ where: byCase })).toBe(0);
    expect(await db().evidence.count({ where: byCase })).toBe(0);
    expect(await db().letterDraft.count({ where: byCase })).toBe(0);
    expect(await db().session.count({ where: { userId: a.user.id } })).toBe(0);
    for (const key of aKeys) expect(await store.exists(key)).toBe(false);

    expect(await db().user.count({ where: { id: b.user.id } })).toBe(1);
    expect(await db().evidence.count({ where: { caseId: b.caseId } })).toBe(1);
    expect(await db().auditEntry.count({ where: { caseId: b.caseId } })).toBeGreaterThan(0);
    expect(await db().session.count({ where: { userId: b.user.id } })).toBe(1);
    for (const key of bKeys) expect(await store.exists(key)).toBe(true);

    const records = await db().accountDeletion.findMany();
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record!.subjectHash).toBe(deletionSubjectHash(a.user.id));
    expect(record!.counts).toMatchObject({ cases: 1, payments: 2, evidenceFiles: 2, letterVersions: 1, sessions: 1 });
    expect(record!.pendingBlobKeys).toEqual([]);
    const kept = JSON.stringify(record);
    for (const personal of [a.user.id, a.user.email, "甲的诈骗案件", a.caseId]) expect(kept).not.toContain(personal);
  });
});
