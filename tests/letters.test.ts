import { beforeAll, describe, expect, test, vi } from "vitest";
import { readAuditChain } from "@/lib/audit";
import { openCase } from "@/lib/cases";
import { SaveLetterSchema } from "@/lib/letters";
import { getLetterDraft, saveLetterVersion } from "@/lib/letters/server";
import { fraudForm, parseForm } from "./factories/case";
import { evidenceFixture, uploadFiles } from "./factories/evidence";
import { createTestUser } from "./factories/user";
import { pdfText } from "./setup/pdf-text";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => session.user }));
const route = await import("@/app/api/cases/[caseId]/letters/[recipient]/route");

const get = (caseId: string, recipient: string, query: string) =>
  route.GET(new Request(`http://localhost/api/cases/${caseId}/letters/${recipient}?${query}`), {
    params: Promise.resolve({ caseId, recipient }),
  });

let owner: { id: string; email: string };
let caseId: string;
let hashes: string[];
const NOW = new Date("2026-11-30T02:00:00Z");

beforeAll(async () => {
  owner = await createTestUser();
  const form = fraudForm();
  form.payments[0]!.transactionId = "4200001234202611290001";
  form.payments[1]!.transactionId = "2026112922001400001";
  caseId = (await openCase(owner.id, null, parseForm(form), new Date("2026-11-29T09:00:00Z"))).id;
  const files = await Promise.all(
    ["transfer.png", "receipt.pdf", "photo.jpg"].map(async (f) => ({ filename: f, bytes: await evidenceFixture(f) })),
  );
  hashes = (await uploadFiles(owner.id, caseId, files)).map((e) => e.sha256);
});

describe("letter drafts", () => {
  test("a fresh police statement carries the case's transaction numbers and evidence hashes", async () => {
    const draft = await getLetterDraft(owner.id, caseId, "police", "zh-CN", NOW);
    expect(draft.version).toBeNull();
    expect(draft.text).toContain("4200001234202611290001");
    expect(draft.text).toContain("张某");
    for (const h of hashes) expect(draft.text).toContain(h);
    expect(draft.text).toContain("【待补充：您的姓名】");
  });

  test("each save is a new version with its entry in the chain; older versions stay readable", async () => {
    const first = await getLetterDraft(owner.id, caseId, "police", "zh-CN", NOW);
    const edited = first.text.replace("【待补充：您的姓名】", "李四");
    const save = (body: string) =>
      saveLetterVersion(owner.id, SaveLetterSchema.parse({ caseId, recipient: "police", locale: "zh-CN", body }), NOW);
    expect(await save(edited)).toEqual({ version: 1 });
    expect(await save(`${edited}\n补充：对方还有一个微信号。`)).toEqual({ version: 2 });

    const latest = await getLetterDraft(owner.id, caseId, "police", "zh-CN", NOW);
    expect(latest.version).toBe(2);
    expect(latest.text).toContain("补充：对方还有一个微信号。");
    expect(latest.versions.map((v) => v.version)).toEqual([2, 1]);
    expect((await getLetterDraft(owner.id, caseId, "police", "zh-CN", NOW, 1)).text).toBe(edited);

    const chain = await readAuditChain(caseId);
    expect(chain.verdict.intact).toBe(true);
    const saves = chain.entries.filter((e) => e.action === "letter.saved").map((e) => e.after);
    expect(saves).toMatchObject([
      { recipient: "police", locale: "zh-CN", version: 1, chars: edited.length },
      { recipient: "police", locale: "zh-CN", version: 2 },
    ]);
  });

  test("the PDF (the bundle's path) and the text file carry the saved version, Chinese intact", async () => {
    session.user = owner;
    const pdf = await get(caseId, "police", "lang=zh-CN&format=pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = await pdfText(Buffer.from(await pdf.arrayBuffer()));
    const flat = text.replace(/\s+/g, "");
    expect(flat).toContain("报案材料");
    expect(flat).toContain("报案人李四");
    expect(flat).toContain("补充：对方还有一个微信号。");
    expect(flat).toContain("4200001234202611290001");
    expect(flat).toContain("2026112922001400001");
    for (const h of hashes) expect(text).toContain(h);
    expect(text).not.toMatch(/[\u4e00-\u9fff]-\n/u);

    const txt = await get(caseId, "police", "lang=zh-CN&format=txt&version=1");
    const body = Buffer.from(await txt.arrayBuffer()).toString("utf8");
    expect(body.startsWith("\ufeff报案材料")).toBe(true);
    expect(body).toContain("报案人李四");
    expect(body).not.toContain("补充：对方还有一个微信号。");
  });

  test("another user's case, a recipient that does not fit, a missing version: 404; signed out: 401", async () => {
    session.user = await createTestUser();
    expect((await get(caseId, "police", "format=pdf")).status).toBe(404);
    const stranger = SaveLetterSchema.parse({ caseId, recipient: "police", locale: "zh-CN", body: "x" });
    await expect(saveLetterVersion(session.user.id, stranger, NOW)).rejects.toThrow("letter not found");
    session.user = owner;
    expect((await get(caseId, "insurer", "format=pdf")).status).toBe(404);
    expect((await get(caseId, "police", "format=pdf&version=9")).status).toBe(404);
    expect((await get(caseId, "police", "format=docx")).status).toBe(404);
    session.user = null;
    expect((await get(caseId, "police", "format=pdf")).status).toBe(401);
  });

  test("the schema refuses an empty or oversized letter and an unknown recipient", () => {
    const base = { caseId: "c", recipient: "police", locale: "zh-CN" };
    expect(SaveLetterSchema.safeParse({ ...base, body: "  \n " }).success).toBe(false);
    expect(SaveLetterSchema.safeParse({ ...base, body: "字".repeat(20_001) }).success).toBe(false);
    expect(SaveLetterSchema.safeParse({ ...base, recipient: "recovery-agent", body: "x" }).success).toBe(false);
  });
});
