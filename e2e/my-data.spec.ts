import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Browser, type Page, expect, test } from "@playwright/test";
import { readZip } from "../tests/setup/read-zip";
import { beijingWall, openCaseThroughWizard } from "./case-helpers";
import { signInAs } from "./helpers";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const fixture = (name: string) => readFileSync(path.join(process.cwd(), "lib/evidence/__fixtures__", name));

async function userWithCase(browser: Browser, prefix: string, title: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = await signInAs(page, prefix);
  await openCaseThroughWizard(page, {
    kind: "转账错误",
    platform: "微信支付",
    details: async (p) => p.getByRole("radio", { name: "没有（实时到账）" }).check(),
    payments: [{ at: beijingWall(5).wall, amount: "300" }],
  });
  const caseUrl = new URL(page.url()).pathname;
  const caseId = caseUrl.split("/").at(-1)!;
  const upload = await page.request.post(`/api/cases/${caseId}/evidence`, {
    multipart: { file: { name: `${title}.png`, mimeType: "image/png", buffer: fixture("transfer.png") } },
  });
  expect(upload.status()).toBe(201);
  const { evidence } = (await upload.json()) as { evidence: { id: string }[] };
  return { page, email, caseUrl, caseId, evidenceId: evidence[0]!.id, close: () => context.close() };
}

async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return readFileSync((await file.path())!);
}

test("my data: export everything, then delete the account; another user's case and files are untouched", async ({
  browser,
}) => {
  const me = await userWithCase(browser, "leaving", "我的截图");
  const other = await userWithCase(browser, "staying", "别人的截图");

  await me.page.goto("/settings/security");
  const zip = readZip(await download(me.page, "下载我的全部数据（ZIP）"));
  const data = JSON.parse(zip.get("data.json")!.bytes.toString("utf8")) as {
    account: { email: string };
    cases: { id: string; evidence: { path: string; sha256: string; name: string }[] }[];
  };
  expect(data.account.email).toBe(me.email);
  expect(data.cases.map((c) => c.id)).toEqual([me.caseId]);
  const [file] = data.cases[0]!.evidence;
  expect(file!.name).toBe("我的截图.png");
  expect(sha256(zip.get(file!.path)!.bytes)).toBe(file!.sha256);
  expect(zip.get("data.json")!.bytes.toString("utf8")).not.toContain(other.email);

  await me.page.getByLabel("输入密码确认（没有密码的账户请输入邮箱）").fill(me.email);
  await me.page.getByRole("button", { name: "永久删除账户" }).click();
  await expect(me.page).toHaveURL(/\/$/);
  const gone = await me.page.request.get(`/api/cases/${me.caseId}/evidence/${me.evidenceId}`);
  expect(gone.status()).toBe(401);
  await me.page.goto(me.caseUrl);
  await expect(me.page).toHaveURL(/\/sign-in/);
  // The local blob store (DATA_DIR/evidence/cases/<case id>/…): my files are gone from disk too.
  const blobs = (caseId: string) => path.join(process.env.E2E_DATA_DIR!, "evidence", "cases", caseId);
  expect(existsSync(blobs(me.caseId)) && readdirSync(blobs(me.caseId)).length > 0).toBe(false);
  expect(readdirSync(blobs(other.caseId))).toHaveLength(1);

  await other.page.goto(other.caseUrl);
  await expect(other.page.getByRole("heading", { level: 1 })).toBeVisible();
  const kept = await other.page.request.get(`/api/cases/${other.caseId}/evidence/${other.evidenceId}`);
  expect(kept.status()).toBe(200);
  expect(sha256(await kept.body())).toBe(sha256(fixture("transfer.png")));
  await me.close();
  await other.close();
});
