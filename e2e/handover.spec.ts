import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Page, expect, test } from "@playwright/test";
import { pdfText } from "../tests/setup/pdf-text";
import { readZip } from "../tests/setup/read-zip";
import { beijingWall, openCaseThroughWizard } from "./case-helpers";
import { signInAs } from "./helpers";

// Handing a case over: the bundle (issue 14) and the police statement (issue 16), from a
// fraud case with two payments and three evidence files uploaded through the real route.

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const fixture = (name: string) => readFileSync(path.join(process.cwd(), "lib/evidence/__fixtures__", name));
const TXNS = ["4200001234202611290001", "2026112922001400001"];
const FILES = [
  { name: "转账截图.png", fixture: "transfer.png", mimeType: "image/png" },
  { name: "收款回单.pdf", fixture: "receipt.pdf", mimeType: "application/pdf" },
  { name: "对方头像.jpg", fixture: "photo.jpg", mimeType: "image/jpeg" },
];

async function fraudCaseWithEvidence(page: Page): Promise<{ caseUrl: string; hashes: string[] }> {
  await signInAs(page, "handover");
  await openCaseThroughWizard(page, {
    kind: "诈骗",
    platform: "支付宝",
    details: async (p) => p.getByLabel("什么时候发现被骗？").fill(beijingWall(20).wall),
    payments: [
      { at: beijingWall(30).wall, amount: "２０，０００", transactionId: TXNS[0] },
      { at: beijingWall(26).wall, amount: "8000", transactionId: TXNS[1] },
    ],
  });
  const caseUrl = new URL(page.url()).pathname;
  const caseId = caseUrl.split("/").at(-1)!;
  for (const f of FILES) {
    const response = await page.request.post(`/api/cases/${caseId}/evidence`, {
      multipart: { file: { name: f.name, mimeType: f.mimeType, buffer: fixture(f.fixture) } },
    });
    expect(response.status()).toBe(201);
  }
  await page.reload();
  return { caseUrl, hashes: FILES.map((f) => sha256(fixture(f.fixture))) };
}

test("case bundle: the zip's files match the manifest's hashes; the PDF summary reads in Chinese", async ({ page }) => {
  const { hashes } = await fraudCaseWithEvidence(page);
  const link = page.getByTestId("bundle-zh");
  await expect(page.getByRole("heading", { name: "案件材料包" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^recourse-case-.+\.zip$/);
  const zip = readZip(readFileSync((await download.path())!));
  const manifest = JSON.parse(zip.get("manifest.json")!.bytes.toString("utf8")) as {
    files: { path: string; name: string; sha256: string; size: number }[];
    auditChain: { headHash: string };
  };
  expect(manifest.files.map((f) => f.name).sort()).toEqual(FILES.map((f) => f.name).sort());
  for (const file of manifest.files) {
    const bytes = zip.get(file.path)!.bytes;
    expect(sha256(bytes)).toBe(file.sha256);
    expect(bytes.length).toBe(file.size);
  }
  expect(manifest.files.map((f) => f.sha256).sort()).toEqual([...hashes].sort());

  const text = await pdfText(zip.get("summary.pdf")!.bytes);
  const flat = text.replace(/\s+/g, "");
  expect(flat).toContain("案件材料：支付宝诈骗");
  expect(flat).toContain("如何核对文件没有被改动");
  for (const txn of TXNS) expect(flat).toContain(txn);
  for (const hash of hashes) expect(text).toContain(hash);
  expect(text).toContain(manifest.auditChain.headHash);

  // The exact Content-Length, and the export is now in the case history.
  const again = await page.request.get(await link.getAttribute("href").then((href) => href!));
  expect(Number(again.headers()["content-length"])).toBe((await again.body()).length);
});

test("police statement: draft from the case, edit, save, download a PDF with the transaction numbers and hashes", async ({
  page,
}) => {
  const { hashes } = await fraudCaseWithEvidence(page);
  await page.getByRole("link", { name: "报案材料（公安机关）" }).click();
  const editor = page.getByLabel("信函内容（可直接修改）");
  await expect(editor).toHaveValue(/【待补充：您的姓名】/);
  for (const txn of TXNS) await expect(editor).toHaveValue(new RegExp(txn));

  const draft = await editor.inputValue();
  await editor.fill(draft.replace("报案人【待补充：您的姓名】", "报案人王小明"));
  await expect(page.getByRole("status")).toHaveText(/有未保存的修改/);
  await page.getByRole("button", { name: "保存新版本" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存第 1 版。");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载 PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("报案材料-v1.pdf");
  const text = await pdfText(readFileSync((await download.path())!));
  const flat = text.replace(/\s+/g, "");
  expect(flat).toContain("报案人王小明");
  for (const txn of TXNS) expect(flat).toContain(txn);
  for (const hash of hashes) expect(text).toContain(hash);
});
