import { createHash } from "node:crypto";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { appendAudit, readAuditChain } from "@/lib/audit";
import { openCase } from "@/lib/cases";
import { db } from "@/lib/db";
import type * as RenderPdf from "@/lib/export/render-pdf";
import { PoolBusyError } from "@/lib/pool";
import { uploadFiles, evidenceFixture } from "./factories/evidence";
import { fraudForm, parseForm } from "./factories/case";
import { createTestUser } from "./factories/user";
import { pdfText } from "./setup/pdf-text";
import { readZip } from "./setup/read-zip";

// The bundle route on a real database, real blobs under DATA_DIR and a real PDF;
// only the session lookup is replaced (Next's request scope does not exist here).
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => session.user }));
// The real PDF, unless a test makes the next render fail as the pool would, or runs something
// (another write to the case) while it renders.
const pdf = vi.hoisted(() => ({ failure: null as Error | null, during: null as null | (() => Promise<unknown>) }));
vi.mock("@/lib/export/render-pdf", async (importOriginal) => {
  const actual = await importOriginal<typeof RenderPdf>();
  const renderPdf: typeof actual.renderPdf = async (doc) => {
    if (pdf.failure) throw pdf.failure;
    const during = pdf.during;
    pdf.during = null;
    await during?.();
    return actual.renderPdf(doc);
  };
  return { ...actual, renderPdf };
});
const route = await import("@/app/api/cases/[caseId]/bundle/route");

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function get(caseId: string, query = "", locale = "zh-CN") {
  const request = new Request(`http://localhost/api/cases/${caseId}/bundle${query}`, {
    headers: { cookie: `NEXT_LOCALE=${locale}` },
  });
  return route.GET(request, { params: Promise.resolve({ caseId }) });
}

let owner: { id: string; email: string };
let caseId: string;
const files = [
  { filename: "转账截图.png", fixture: "transfer.png" },
  { filename: "聊天记录.txt", fixture: "chat-gbk.txt" },
  { filename: "receipt.pdf", fixture: "receipt.pdf" },
];

beforeAll(async () => {
  owner = await createTestUser();
  const form = fraudForm();
  form.payments[0]!.transactionId = "4200001234202611290001";
  form.payments[1]!.transactionId = "2026112922001400001";
  const opened = await openCase(owner.id, null, parseForm(form), new Date("2026-11-29T09:00:00Z"));
  caseId = opened.id;
  const uploads = await Promise.all(
    files.map(async (f) => ({ filename: f.filename, bytes: await evidenceFixture(f.fixture) })),
  );
  await uploadFiles(owner.id, caseId, uploads, new Date("2026-11-29T10:00:00Z"));
  // The first payment read from the screenshot, as keeping a screenshot's payment links it.
  const screenshot = await db().evidence.findFirstOrThrow({ where: { caseId, name: "转账截图.png" } });
  await db().payment.updateMany({ where: { caseId, position: 0 }, data: { evidenceId: screenshot.id } });
});

describe("case bundle", () => {
  test("a stored zip with an exact Content-Length; every file's hash matches the manifest; the export is the chain's head", async () => {
    session.user = owner;
    const response = await get(caseId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const body = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get("content-length"))).toBe(body.length);
    // What scripts/server.mjs turns back into Content-Length after Next drops it.
    expect(response.headers.get("x-recourse-content-length")).toBe(String(body.length));

    const zip = readZip(body);
    expect([...zip.values()].every((e) => e.method === 0)).toBe(true);
    const manifest = JSON.parse(zip.get("manifest.json")!.bytes.toString("utf8")) as {
      files: {
        id: string;
        path: string;
        name: string;
        sha256: string;
        size: number;
        type: string;
        uploadedAt: string;
        payments: number[];
      }[];
      summary: { path: string; sha256: string }[];
      auditChain: { headHash: string; headSeq: number };
    };
    expect(manifest.files.map((f) => f.name).sort()).toEqual(files.map((f) => f.filename).sort());
    // Each file names its id and the payments (numbered as in the summary) read from it.
    const stored = await db().evidence.findMany({ where: { caseId }, select: { id: true, name: true } });
    expect(manifest.files.map((f) => [f.name, f.id, f.payments]).sort()).toEqual(
      stored.map((e) => [e.name, e.id, e.name === "转账截图.png" ? [1] : []]).sort(),
    );
    for (const file of manifest.files) {
      const entry = zip.get(file.path);
      expect(entry, file.path).toBeDefined();
      expect(entry!.utf8).toBe(true);
      expect(sha256(entry!.bytes)).toBe(file.sha256);
      expect(entry!.bytes.length).toBe(file.size);
      expect(file.uploadedAt).toBe("2026-11-29T10:00:00.000Z");
      const original = await evidenceFixture(files.find((f) => f.filename === file.name)!.fixture);
      expect(file.sha256).toBe(sha256(original));
    }
    for (const s of manifest.summary) expect(sha256(zip.get(s.path)!.bytes)).toBe(s.sha256);

    const sums = zip.get("SHA256SUMS")!.bytes.toString("utf8").trim().split("\n");
    expect(sums.sort()).toEqual(manifest.files.map((f) => `${f.sha256}  ${f.path}`).sort());

    const chain = await readAuditChain(caseId);
    const head = chain.entries.at(-1)!;
    expect(chain.verdict.intact).toBe(true);
    expect(head.action).toBe("case.exported");
    expect(head.after).toMatchObject({ locale: "zh-CN", files: 3 });
    expect(manifest.auditChain).toEqual({ headHash: head.hash, headSeq: head.seq, intactBeforeExport: true });
  });

  test("the PDF's text carries the Chinese, the transaction numbers, every hash and the check commands", async () => {
    session.user = owner;
    const zip = readZip(Buffer.from(await (await get(caseId)).arrayBuffer()));
    const text = await pdfText(zip.get("summary.pdf")!.bytes);
    const flat = text.replace(/\s+/g, "");
    expect(flat).toContain("案件材料：支付宝刷单诈骗");
    expect(flat).toContain("如何核对文件没有被改动");
    for (const id of ["4200001234202611290001", "2026112922001400001"]) expect(flat).toContain(id);
    const manifest = JSON.parse(zip.get("manifest.json")!.bytes.toString("utf8")) as {
      files: { sha256: string }[];
      auditChain: { headHash: string };
    };
    for (const f of manifest.files) expect(text).toContain(f.sha256);
    expect(text).toContain(manifest.auditChain.headHash);
    expect(text).toContain("sha256sum -c SHA256SUMS");
    expect(text).toContain("certutil -hashfile");
    expect(text).toContain("shasum -a 256 -c SHA256SUMS");

    const html = zip.get("summary.html")!.bytes.toString("utf8");
    expect(html).toContain('<html lang="zh-CN">');
    for (const f of manifest.files) expect(html).toContain(f.sha256);
  });

  test("?lang=en gives an English summary with no Chinese outside the user's own data", async () => {
    session.user = owner;
    const zip = readZip(Buffer.from(await (await get(caseId, "?lang=en")).arrayBuffer()));
    const html = zip.get("summary.html")!.bytes.toString("utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("How to check that the files are unchanged");
    const text = await pdfText(zip.get("summary.pdf")!.bytes);
    expect(text).toContain("Still running:");
    const own = ["支付宝 刷单诈骗", "张某", ...files.map((f) => f.filename)];
    let rest = text;
    for (const s of own) rest = rest.replaceAll(s, "");
    expect(rest.replace(/\s+/g, "")).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  test("another user's case is a 404 and appends nothing; signed out is a 401", async () => {
    const before = (await readAuditChain(caseId)).entries.length;
    session.user = await createTestUser();
    const stranger = await get(caseId);
    expect(stranger.status).toBe(404);
    expect(((await stranger.json()) as { error: { code: string } }).error.code).toBe("not_found");
    session.user = null;
    expect((await get(caseId)).status).toBe(401);
    expect((await readAuditChain(caseId)).entries.length).toBe(before);
  });

  test("a summary PDF that fails to render answers the failure and enters no export in the chain", async () => {
    session.user = owner;
    const before = (await readAuditChain(caseId)).entries;
    pdf.failure = new PoolBusyError("test: every thread is taken");
    try {
      const busy = await get(caseId);
      expect(busy.status).toBe(503);
      expect(busy.headers.get("retry-after")).not.toBeNull();
    } finally {
      pdf.failure = null;
    }
    const after = (await readAuditChain(caseId)).entries;
    expect(after.map((e) => e.hash)).toEqual(before.map((e) => e.hash));
    // The next export works and is the chain's new head.
    expect((await get(caseId)).status).toBe(200);
    const chain = await readAuditChain(caseId);
    expect(chain.entries).toHaveLength(before.length + 1);
    expect(chain.entries.at(-1)!.action).toBe("case.exported");
    expect(chain.verdict.intact).toBe(true);
  });

  test("a case changed while its summary renders: the summary is made again and names the true head", async () => {
    session.user = owner;
    pdf.during = () =>
      db().$transaction((tx) =>
        appendAudit(tx, {
          caseId,
          actor: `user:${owner.id}`,
          action: "note.test",
          at: new Date("2026-11-30T00:00:00Z"),
        }),
      );
    const response = await get(caseId);
    expect(response.status).toBe(200);
    const manifest = JSON.parse(
      readZip(Buffer.from(await response.arrayBuffer()))
        .get("manifest.json")!
        .bytes.toString(),
    ) as {
      auditChain: { headHash: string; headSeq: number };
    };
    const chain = await readAuditChain(caseId);
    const [changed, exported] = chain.entries.slice(-2);
    expect([changed!.action, exported!.action]).toEqual(["note.test", "case.exported"]);
    expect(manifest.auditChain).toMatchObject({ headHash: exported!.hash, headSeq: exported!.seq });
    expect(chain.verdict.intact).toBe(true);
  });
});
