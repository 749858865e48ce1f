import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { readAuditChain } from "@/lib/audit";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { blobStore } from "@/lib/storage";
import { createTestUser } from "./factories/user";
import { multipartBody, type Part } from "./setup/multipart";

// The route handlers are called with real Request objects carrying real
// multipart bodies; storage is the local driver under the test's DATA_DIR.
// Only the session lookup is replaced: Next's request scope does not exist here.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => session.user }));

const upload = await import("@/app/api/cases/[caseId]/evidence/route");
const one = await import("@/app/api/cases/[caseId]/evidence/[evidenceId]/route");
const preview = await import("@/app/api/cases/[caseId]/evidence/[evidenceId]/preview/route");

const fixture = (name: string) => readFile(path.join(process.cwd(), "lib/evidence/__fixtures__", name));
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const url = (caseId: string, rest = "") => `http://localhost/api/cases/${caseId}/evidence${rest}`;
type Json = {
  evidence?: {
    id: string;
    name: string;
    size: number;
    sha256: string;
    mime: string;
    item: string | null;
    proposed: "name" | "type" | null;
  }[];
} & {
  error?: { code: string; message: string };
};

function post(caseId: string, parts: Part[], init: { locale?: string; body?: BodyInit; length?: string } = {}) {
  const { body, contentType } = multipartBody(parts);
  const headers: Record<string, string> = {
    "content-type": contentType,
    cookie: `NEXT_LOCALE=${init.locale ?? "zh-CN"}`,
  };
  if (init.length) headers["content-length"] = init.length;
  const request = new Request(url(caseId), {
    method: "POST",
    headers,
    body: init.body ?? body,
    duplex: "half",
  } as RequestInit);
  return upload.POST(request, { params: Promise.resolve({ caseId }) });
}
const ctx = (caseId: string, evidenceId: string) => ({ params: Promise.resolve({ caseId, evidenceId }) });
const read = (caseId: string, rest: string) =>
  new Request(url(caseId, rest), { headers: { cookie: "NEXT_LOCALE=zh-CN" } });

async function newCase(kind: "MISDIRECTED_TRANSFER" | "FRAUD" = "MISDIRECTED_TRANSFER") {
  const owner = await createTestUser();
  const found = await db().case.create({
    data: { ownerId: owner.id, kind, platform: "WECHAT_PAY", title: "转错账", amountFen: 50_000n },
    select: { id: true },
  });
  return { owner, caseId: found.id };
}

/** Nothing half-written: rows, blobs and upload temp files of the test's data directory. */
async function leftovers(caseId: string) {
  const dataDir = process.env.DATA_DIR!;
  const list = (dir: string) => readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return {
    rows: await db().evidence.count({ where: { caseId } }),
    tmp: (await list(path.join(dataDir, "tmp", "uploads"))).length,
    blobs: (await list(path.join(dataDir, "evidence", "cases", caseId))).length,
  };
}

function setLimits(fileMb: string | undefined, caseMb: string | undefined) {
  if (fileMb) process.env.EVIDENCE_MAX_FILE_MB = fileMb;
  else delete process.env.EVIDENCE_MAX_FILE_MB;
  if (caseMb) process.env.EVIDENCE_MAX_CASE_MB = caseMb;
  else delete process.env.EVIDENCE_MAX_CASE_MB;
  resetEnvForTests();
}

beforeEach(() => setLimits(undefined, undefined));

describe("POST /api/cases/{caseId}/evidence", () => {
  test("a real PNG and PDF: 201 with id, name, size, hash, sniffed type and item; custody entries that verify", async () => {
    const { owner, caseId } = await newCase();
    session.user = owner;
    const png = await fixture("transfer.png");
    const pdf = await fixture("receipt.pdf");
    const response = await post(caseId, [
      { field: "item", value: "transfer-screenshot" },
      { field: "file", filename: "转账截图.png", bytes: png, type: "image/png" },
      { field: "file", filename: "receipt", bytes: pdf, type: "text/plain" }, // the client's type decides nothing
    ]);
    expect(response.status).toBe(201);
    const json = (await response.json()) as Json;
    const item = "transfer-screenshot";
    expect(json.evidence?.map(({ id: _id, ...rest }) => rest)).toEqual([
      { name: "转账截图.png", size: png.length, sha256: sha256(png), mime: "image/png", item, proposed: null },
      { name: "receipt", size: pdf.length, sha256: sha256(pdf), mime: "application/pdf", item, proposed: null },
    ]);
    const { entries, verdict } = await readAuditChain(caseId);
    expect(verdict).toEqual({ intact: true });
    expect(entries.map((e) => [e.action, (e.after as { sha256: string }).sha256])).toEqual([
      ["evidence.added", sha256(png)],
      ["evidence.added", sha256(pdf)],
    ]);
    expect(await leftovers(caseId)).toEqual({ rows: 2, tmp: 0, blobs: 2 });
  });

  test("sent without an item, each file is filed where it most likely belongs, judged against the empty slots", async () => {
    const { owner, caseId } = await newCase("FRAUD");
    session.user = owner;
    const png = await fixture("transfer.png");
    const jpg = await fixture("photo.jpg");
    const pdf = await fixture("receipt.pdf");
    const first = await post(caseId, [
      { field: "file", filename: "Screenshot_20261206-213012_WeChat.png", bytes: png, type: "image/png" },
      { field: "file", filename: "报警回执.pdf", bytes: pdf },
      { field: "file", filename: "x.mp3", bytes: await fixture("voice.mp3") },
    ]);
    expect(first.status).toBe(201);
    const filed = ((await first.json()) as Json).evidence!.map((e) => [e.name, e.item, e.proposed]);
    expect(filed).toEqual([
      ["Screenshot_20261206-213012_WeChat.png", "transfer-vouchers", "type"],
      ["报警回执.pdf", "police-receipt", "name"],
      ["x.mp3", "chat-records", "type"],
    ]);
    // Both slots screenshots fill are taken now: a nameless one stays unfiled rather than guessed;
    // one whose name says what it is still goes there.
    const second = await post(caseId, [
      { field: "file", filename: "mmexport1765028412345.jpg", bytes: jpg },
      { field: "file", filename: "骗子主页.png", bytes: Buffer.concat([png, Buffer.from([0])]) },
    ]);
    expect(((await second.json()) as Json).evidence!.map((e) => [e.item, e.proposed])).toEqual([
      [null, null],
      ["fraudster-account", "name"],
    ]);
    const { entries } = await readAuditChain(caseId);
    expect(entries.map((e) => (e.after as { proposed: string | null }).proposed)).toEqual([
      "type",
      "name",
      "type",
      null,
      "name",
    ]);
  });

  test("GBK text and a UTF-8 CSV are accepted as text", async () => {
    const { owner, caseId } = await newCase();
    session.user = owner;
    const response = await post(caseId, [
      { field: "file", filename: "聊天记录.txt", bytes: await fixture("chat-gbk.txt") },
      { field: "file", filename: "bill.csv", bytes: await fixture("bill-utf8.csv") },
    ]);
    const json = (await response.json()) as Json;
    expect(json.evidence?.map((e) => e.mime)).toEqual(["text/plain; charset=gb18030", "text/csv; charset=utf-8"]);
  });

  test("an xlsx bill as WeChat exports it is a spreadsheet: stored, downloaded as .xlsx, not previewed inline", async () => {
    const { owner, caseId } = await newCase();
    session.user = owner;
    const bytes = await fixture("bill-wechat.xlsx");
    const response = await post(caseId, [{ field: "file", filename: "微信支付账单", bytes, type: "application/zip" }]);
    expect(response.status).toBe(201);
    const [file] = (await response.json()).evidence as NonNullable<Json["evidence"]>;
    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    expect(file).toMatchObject({ mime: xlsx, size: bytes.length, sha256: sha256(bytes) });
    const download = await one.GET(read(caseId, `/${file!.id}`), ctx(caseId, file!.id));
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(bytes));
    expect(Object.fromEntries(download.headers)).toMatchObject({
      "content-type": xlsx,
      "content-security-policy": "sandbox",
      "content-disposition": `attachment; filename="______.xlsx"; filename*=UTF-8''${encodeURIComponent("微信支付账单.xlsx")}`,
    });
    const inline = await preview.GET(read(caseId, `/${file!.id}/preview`), ctx(caseId, file!.id));
    expect(inline.status).toBe(415);
  });

  test("a macro-enabled workbook is still refused as an Office document", async () => {
    const { owner, caseId } = await newCase();
    session.user = owner;
    const response = await post(caseId, [
      { field: "file", filename: "账单.xlsx", bytes: await fixture("macros.xlsm") },
    ]);
    expect(response.status).toBe(415);
    expect(((await response.json()) as Json).error?.code).toBe("refused_office");
    expect(await leftovers(caseId)).toEqual({ rows: 0, tmp: 0, blobs: 0 });
  });

  test.each([
    ["true.elf", "screenshot.png", "refused_executable", /可执行程序/],
    ["image-bare.svg", "logo.svg", "refused_markup", /标记文件/],
    ["page-bom.html", "page.txt", "refused_markup", /标记文件/],
    ["archive.zip", "photos.zip", "refused_archive", /压缩包/],
    ["empty.txt", "empty.txt", "refused_empty", /空文件/],
  ])("%s sent as %s: 415 %s in Chinese, nothing kept", async (file, name, code, message) => {
    const { owner, caseId } = await newCase();
    session.user = owner;
    const response = await post(caseId, [
      { field: "file", filename: name, bytes: await fixture(file), type: "image/png" },
    ]);
    expect(response.status).toBe(415);
    const json = (await response.json()) as Json;
    expect(json.error?.code).toBe(code);
    expect(json.error?.message).toMatch(message);
    expect(json.error?.message).toContain(`「${name}」`);
    expect(await leftovers(caseId)).toEqual({ rows: 0, tmp: 0, blobs: 0 });
    expect((await readAuditChain(caseId)).entries).toEqual([]);
  });

  test("a good file beside a refused one: the whole request is refused, the good one not kept", async () => {
    const { owner, caseId } = await newCase();
    session.user = owner;
    const response = await post(caseId, [
      { field: "file", filename: "ok.png", bytes: await fixture("transfer.png") },
      { field: "file", filename: "bad.png", bytes: await fixture("setup.exe") },
    ]);
    expect(response.status).toBe(415);
    expect(await leftovers(caseId)).toEqual({ rows: 0, tmp: 0, blobs: 0 });
  });

  test("English when the user chose English", async () => {
    const { owner, caseId } = await newCase();
    session.user = owner;
    const response = await post(caseId, [{ field: "file", filename: "a.png", bytes: await fixture("true.elf") }], {
      locale: "en",
    });
    expect(((await response.json()) as Json).error?.message).toBe(
      '"a.png" is a program; programs cannot be uploaded as evidence.',
    );
  });

  test("a file over the per-file cap: 413 mid-stream, no temp file, blob or row", async () => {
    setLimits("1", undefined);
    const { owner, caseId } = await newCase();
    session.user = owner;
    const big = Buffer.concat([await fixture("transfer.png"), Buffer.alloc(1024 * 1024)]);
    const response = await post(caseId, [{ field: "file", filename: "big.png", bytes: big }]);
    expect(response.status).toBe(413);
    const json = (await response.json()) as Json;
    expect(json.error).toEqual({ code: "file_too_large", message: "文件超过了每个文件 1 MB 的上限。" });
    expect(await leftovers(caseId)).toEqual({ rows: 0, tmp: 0, blobs: 0 });
  });

  test("an over-cap Content-Length is refused before a byte of the body is read", async () => {
    const { owner, caseId } = await newCase();
    session.user = owner;
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const response = await post(caseId, [], { body, length: String(600 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as Json).error?.code).toBe("request_too_large");
    expect(pulled).toBeLessThanOrEqual(1); // a stream may be primed once when the Request is built; never drained
    await body.cancel().catch(() => undefined);
  });

  test("an upload cut off mid-file (client gone): no temp file, blob or row", async () => {
    const { owner, caseId } = await newCase();
    session.user = owner;
    const { body: full } = multipartBody([{ field: "file", filename: "a.png", bytes: Buffer.alloc(2_000_000, 7) }]);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 1_000_000) {
          controller.error(new Error("socket hang up"));
          return;
        }
        controller.enqueue(full.subarray(sent, sent + 64 * 1024));
        sent += 64 * 1024;
      },
    });
    const response = await post(caseId, [], { body });
    expect(response.status).toBe(422);
    expect(((await response.json()) as Json).error?.code).toMatch(/interrupted|malformed/);
    expect(await leftovers(caseId)).toEqual({ rows: 0, tmp: 0, blobs: 0 });
  });

  test("a file name with control characters: 422 that says to rename the file, in both languages", async () => {
    const { owner, caseId } = await newCase();
    session.user = owner;
    const part = { field: "file", filename: "转账\u0001截图.png", bytes: await fixture("transfer.png") };
    const zh = (await (await post(caseId, [part])).json()) as Json;
    expect(zh.error?.code).toBe("unreadable_name");
    expect(zh.error?.message).toContain("重命名");
    expect(zh.error?.message).not.toContain("重试");
    const en = await post(caseId, [part], { locale: "en" });
    expect(en.status).toBe(422);
    expect(((await en.json()) as Json).error?.message).toMatch(/Rename the file/);
    expect(await leftovers(caseId)).toEqual({ rows: 0, tmp: 0, blobs: 0 });
  });

  test("the same file twice is not stored twice; the user is told it is already there", async () => {
    const { owner, caseId } = await newCase();
    session.user = owner;
    const png = await fixture("transfer.png");
    expect((await post(caseId, [{ field: "file", filename: "first.png", bytes: png }])).status).toBe(201);
    const again = await post(caseId, [{ field: "file", filename: "second.png", bytes: png }]);
    expect(again.status).toBe(422);
    expect(((await again.json()) as Json).error).toEqual({
      code: "duplicate",
      message: "「first.png」已经在本案中，无需重复上传。",
    });
    expect(await leftovers(caseId)).toEqual({ rows: 1, tmp: 0, blobs: 1 });
  });

  test("the per-case cap counts what is already there", async () => {
    setLimits("1", "0.0005"); // 524 bytes per case: the PNG (97) fits, the JPEG (543) no longer does
    const { owner, caseId } = await newCase();
    session.user = owner;
    expect(
      (await post(caseId, [{ field: "file", filename: "a.png", bytes: await fixture("transfer.png") }])).status,
    ).toBe(201);
    const full = await post(caseId, [{ field: "file", filename: "b.jpg", bytes: await fixture("photo.jpg") }]);
    expect(full.status).toBe(413);
    expect(((await full.json()) as Json).error?.code).toBe("case_full");
    expect(await leftovers(caseId)).toEqual({ rows: 1, tmp: 0, blobs: 1 });
  });

  test("an item that is not on the case's checklist, or no file at all: 422", async () => {
    const { owner, caseId } = await newCase();
    session.user = owner;
    const png = await fixture("transfer.png");
    const wrongItem = await post(caseId, [
      { field: "item", value: "court-documents" },
      { field: "file", filename: "a.png", bytes: png },
    ]);
    expect([wrongItem.status, ((await wrongItem.json()) as Json).error?.code]).toEqual([422, "unknown_item"]);
    const none = await post(caseId, [{ field: "item", value: "transfer-screenshot" }]);
    expect([none.status, ((await none.json()) as Json).error?.code]).toEqual([422, "no_file"]);
    expect(await leftovers(caseId)).toEqual({ rows: 0, tmp: 0, blobs: 0 });
  });

  test("signed out: 401 before anything is read", async () => {
    const { caseId } = await newCase();
    session.user = null;
    const response = await post(caseId, [{ field: "file", filename: "a.png", bytes: await fixture("transfer.png") }]);
    expect([response.status, ((await response.json()) as Json).error?.code]).toEqual([401, "unauthenticated"]);
  });
});

describe("download, preview, tag and remove", () => {
  async function withFiles() {
    const { owner, caseId } = await newCase();
    session.user = owner;
    const png = await fixture("transfer.png");
    const heic = await fixture("photo.heic");
    const response = await post(caseId, [
      { field: "file", filename: "转账截图.png", bytes: png },
      { field: "file", filename: "photo.heic", bytes: heic },
    ]);
    const [pngRow, heicRow] = ((await response.json()) as Json).evidence!;
    return { owner, caseId, png, pngId: pngRow!.id, heicId: heicRow!.id };
  }
  const get = (caseId: string, rest: string) =>
    new Request(url(caseId, rest), { headers: { cookie: "NEXT_LOCALE=zh-CN" } });

  test("download: the same bytes, as an attachment with the sniffed type and nosniff", async () => {
    const { caseId, png, pngId } = await withFiles();
    const response = await one.GET(get(caseId, `/${pngId}`), ctx(caseId, pngId));
    expect(response.status).toBe(200);
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(png));
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/png",
      "content-length": String(png.length),
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox",
      "content-disposition": `attachment; filename="____.png"; filename*=UTF-8''${encodeURIComponent("转账截图.png")}`,
    });
  });

  test("preview: images inline under a sandbox CSP; HEIC is not previewed", async () => {
    const { caseId, pngId, heicId } = await withFiles();
    const image = await preview.GET(get(caseId, `/${pngId}/preview`), ctx(caseId, pngId));
    expect(image.status).toBe(200);
    expect(image.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(image.headers.get("content-security-policy")).toBe("sandbox");
    await image.arrayBuffer();
    const heic = await preview.GET(get(caseId, `/${heicId}/preview`), ctx(caseId, heicId));
    expect(heic.status).toBe(415);
  });

  test("tag and remove: custody entries; removal deletes the blob and the chain keeps hash, name and size", async () => {
    const { owner, caseId, png, pngId } = await withFiles();
    const patch = (item: unknown) =>
      one.PATCH(
        new Request(url(caseId, `/${pngId}`), { method: "PATCH", body: JSON.stringify({ item }) }),
        ctx(caseId, pngId),
      );
    expect((await patch("recipient-real-name")).status).toBe(200);
    expect((await patch("not on the list")).status).toBe(422);
    expect((await patch("court-documents")).status).toBe(422);
    expect(await db().evidence.findUniqueOrThrow({ where: { id: pngId }, select: { item: true } })).toEqual({
      item: "recipient-real-name",
    });
    const { storageKey } = await db().evidence.findUniqueOrThrow({ where: { id: pngId } });
    const removed = await one.DELETE(new Request(url(caseId, `/${pngId}`), { method: "DELETE" }), ctx(caseId, pngId));
    expect(removed.status).toBe(204);
    expect(await blobStore().exists(storageKey)).toBe(false);
    expect(await db().evidence.count({ where: { id: pngId } })).toBe(0);
    const { entries, verdict } = await readAuditChain(caseId);
    expect(verdict).toEqual({ intact: true });
    expect(entries.map((e) => e.action)).toEqual([
      "evidence.added",
      "evidence.added",
      "evidence.retagged",
      "evidence.removed",
    ]);
    expect(entries.at(-1)).toMatchObject({
      actor: `user:${owner.id}`,
      before: { id: pngId, name: "转账截图.png", size: png.length, sha256: sha256(png), mime: "image/png" },
    });
    expect((await one.GET(get(caseId, `/${pngId}`), ctx(caseId, pngId))).status).toBe(404);
  });

  describe("another user gets 404 and changes nothing", () => {
    async function asStranger() {
      const files = await withFiles();
      session.user = await createTestUser();
      return files;
    }
    const expect404 = async (response: Response) => {
      expect(response.status).toBe(404);
      expect(((await response.json()) as Json).error?.code).toBe("not_found");
    };

    test("upload", async () => {
      const { caseId } = await asStranger();
      await expect404(await post(caseId, [{ field: "file", filename: "x.jpg", bytes: await fixture("photo.jpg") }]));
      expect(await leftovers(caseId)).toEqual({ rows: 2, tmp: 0, blobs: 2 });
    });
    test("download", async () => {
      const { caseId, pngId } = await asStranger();
      await expect404(await one.GET(get(caseId, `/${pngId}`), ctx(caseId, pngId)));
    });
    test("preview", async () => {
      const { caseId, pngId } = await asStranger();
      await expect404(await preview.GET(get(caseId, `/${pngId}/preview`), ctx(caseId, pngId)));
    });
    test("tag", async () => {
      const { caseId, pngId } = await asStranger();
      const body = JSON.stringify({ item: "recipient-real-name" });
      await expect404(
        await one.PATCH(new Request(url(caseId, `/${pngId}`), { method: "PATCH", body }), ctx(caseId, pngId)),
      );
      // Filed on upload by its name; the stranger's retag changed nothing.
      expect((await db().evidence.findUniqueOrThrow({ where: { id: pngId } })).item).toBe("transfer-screenshot");
    });
    test("remove", async () => {
      const { caseId, pngId } = await asStranger();
      await expect404(
        await one.DELETE(new Request(url(caseId, `/${pngId}`), { method: "DELETE" }), ctx(caseId, pngId)),
      );
      expect(await leftovers(caseId)).toEqual({ rows: 2, tmp: 0, blobs: 2 });
    });
    test("the stranger's own case id with the owner's file id is still 404", async () => {
      const { pngId } = await asStranger();
      const mine = await db().case.create({
        data: { ownerId: session.user!.id, kind: "FRAUD", platform: "ALIPAY", title: "mine", amountFen: 1n },
      });
      await expect404(await one.GET(get(mine.id, `/${pngId}`), ctx(mine.id, pngId)));
    });
  });
});
