import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

const fixture = (name: string) => path.join(__dirname, "..", "lib", "bills", "fixtures", name);

async function openMisdirectedCase(page: Page) {
  await page.goto("/cases/new");
  await page.getByRole("radio", { name: /转账错误/ }).check();
  await page.getByLabel("支付平台").selectOption({ label: "微信支付" });
  await page.getByRole("button", { name: "下一步" }).click();
  await page.getByRole("radio", { name: "没有（实时到账）" }).check();
  await page.getByRole("button", { name: "下一步" }).click();
  await page.getByLabel(/付款时间/).fill("2026-11-20T10:00");
  await page.getByLabel("金额（元）").fill("100");
  await page.getByRole("button", { name: "建立案件" }).click();
  await expect(page.getByRole("heading", { name: "从账单导入付款" })).toBeVisible();
}

test("upload a WeChat bill, pick two payments: the case is filled and its deadlines follow", async ({ page }) => {
  await signInAs(page, "bill");
  await openMisdirectedCase(page);
  const billInput = page.getByLabel("账单文件（CSV 或 xlsx）");
  // The page's own button and file name, not the browser's ("Choose File" in an English Chromium).
  await expect(page.locator("label", { hasText: "选择账单文件" })).toBeVisible();
  await expect(page.getByTestId("bill-file-name")).toHaveText("未选择文件");

  // Not a bill: a translated message naming what was expected, and no table.
  await billInput.setInputFiles(fixture("example-jd-records.csv"));
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: "无法识别这个文件。请上传微信支付账单（CSV 或 xlsx）或支付宝交易明细（CSV）。" }),
  ).toBeVisible();

  // Text from a bill is text: markup in a counterparty is shown literally and never runs.
  const payload = '<img src=x onerror="window.__billXss=1">';
  const hostile = readFileSync(fixture("example-wechat-records.csv"), "utf8").replace("房东", payload);
  await billInput.setInputFiles({ name: "bill.csv", mimeType: "text/csv", buffer: Buffer.from(hostile) });
  await expect(page.getByRole("cell", { name: payload, exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as { __billXss?: number }).__billXss)).toBeUndefined();

  await billInput.setInputFiles(fixture("example-wechat-records.csv"));
  await expect(page.getByTestId("bill-file-name")).toHaveText("example-wechat-records.csv");
  await expect(page.getByText("微信支付账单，共 27 条记录。")).toBeVisible();
  await expect(page.getByText("显示 11 条，共 27 条。")).toBeVisible();

  // Filter by counterparty, then by text; pick one row by mouse and one with the keyboard.
  await page.getByLabel("搜索").fill("云膳");
  await page.getByRole("checkbox", { name: /2019年9月26日 12:45:27 ¥28\.16 云膳过桥米线/ }).check();
  await page.getByLabel("搜索").fill("");
  await page.getByLabel("交易对方").selectOption("房东");
  const landlord = page.getByRole("checkbox", { name: /2021年1月22日 12:34:56 ¥500\.00 房东/ });
  await landlord.focus();
  await page.keyboard.press("Space");
  await expect(landlord).toBeChecked();
  await expect(page.getByText("已选 2 笔付款，合计 ¥528.16。")).toBeVisible();
  await expect(page.getByTestId("bill-import-outcome")).toHaveText(
    "2 笔付款将添加到案件的付款记录，涉及金额随之增加；期限从最早的一笔算起。",
  );

  await page.getByRole("button", { name: "导入所选的 2 笔" }).click();
  await expect(page.getByText("已添加 2 笔付款。")).toBeVisible();

  // The case now holds three payments, the earliest first, and the amount at stake is their sum.
  const payments = page.locator("section", { has: page.getByRole("heading", { name: "付款记录" }) }).locator("li");
  await expect(payments).toHaveCount(3);
  await expect(payments.first()).toContainText("¥28.16");
  await expect(payments.first()).toContainText("3985734");
  await expect(page.getByText(/¥628\.16/).first()).toBeVisible();
  // Deadlines are computed from the earliest transfer, now the bill's 2019-09-26 row.
  await expect(page.getByText(/自2019年9月26日起/).first()).toBeVisible();
});

test("in the wizard: upload the xlsx bill, pick two payments and money back, open the case from them", async ({
  page,
}) => {
  await signInAs(page, "wizard-bill");
  await page.goto("/cases/new");
  await page.getByRole("radio", { name: /转账错误/ }).check();
  await page.getByLabel("支付平台").selectOption({ label: "微信支付" });
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page).toHaveURL(/\/cases\/(?!new)[^/]+$/); // the draft exists: the bill is stored with it
  await page.getByRole("radio", { name: "没有（实时到账）" }).check();
  await page.getByRole("button", { name: "下一步" }).click();
  // Arriving at the last step submits nothing: no "required" errors before anything is typed.
  await expect(page.getByRole("button", { name: "建立案件" })).toBeVisible();
  await expect(page.getByText("此项必填。")).toHaveCount(0);

  await page.getByRole("button", { name: "从微信或支付宝账单导入" }).click();
  await page.getByLabel("账单文件（CSV 或 xlsx）").setInputFiles(fixture("example-wechat-records.xlsx"));
  await expect(page.getByText("微信支付账单，共 27 条记录。")).toBeVisible();
  await page.getByRole("checkbox", { name: /2019年9月26日 12:45:27 ¥28\.16 云膳过桥米线/ }).check();
  await page.getByRole("checkbox", { name: /2021年1月22日 12:34:56 ¥500\.00 房东/ }).check();
  // Money that came in is shown once "outgoing only" is off; a withdrawal to the bank cannot be ticked.
  await page.getByLabel("只看支出").uncheck();
  await page.getByRole("checkbox", { name: /2019年9月24日 10:10:11 ¥0\.35 同性好友/ }).check();
  await expect(page.getByRole("checkbox", { name: /2021年7月15日 16:29:37 ¥100\.10/ })).toBeDisabled();
  await expect(page.getByText("已选 2 笔付款，合计 ¥528.16；1 笔收回的钱，合计 ¥0.35。")).toBeVisible();
  await expect(page.getByTestId("bill-import-outcome").getByRole("listitem")).toHaveText([
    "2 笔付款将填入下面的付款记录；案件建立后，期限从最早的一笔算起。",
    "1 笔收回的钱（收入或退款）将记为已追回的金额，不算作付款，也不计入涉及金额。",
  ]);
  await page.getByRole("button", { name: "导入所选的 3 笔" }).click();
  await expect(page.getByText("已从账单填入 2 笔付款，记录 1 笔收回的钱。")).toBeVisible();

  // The wizard's payment rows are the bill's, earliest first, to the second; the empty row is gone.
  const first = page.locator('[data-payment="0"]');
  await expect(first.getByLabel(/付款时间/)).toHaveValue("2019-09-26 12:45:27");
  await expect(first.getByLabel("金额（元）")).toHaveValue("28.16");
  await expect(first.getByLabel(/交易单号/)).toHaveValue("3985734");
  await expect(page.locator('[data-payment="1"]').getByLabel(/对方姓名/)).toHaveValue("房东");
  await expect(page.locator("[data-payment]")).toHaveCount(2);
  await expect(page.getByTestId("wizard-recovered")).toContainText("¥0.35");

  await page.getByRole("button", { name: "建立案件" }).click();
  await expect(page.getByTestId("case-status")).toHaveText("进行中");
  const payments = page.locator("section", { has: page.getByRole("heading", { name: "付款记录" }) }).locator("li");
  await expect(payments).toHaveCount(2);
  await expect(payments.first()).toContainText("¥28.16");
  await expect(payments.nth(1)).toContainText("房东");
  await expect(page.getByText(/自2019年9月26日起/).first()).toBeVisible();
  await expect(page.getByTestId("recovered")).toContainText("¥0.35");
  await expect(page.getByTestId("evidence-files")).toContainText("example-wechat-records.xlsx");
  await expect(page.getByTestId("evidence-files")).toContainText("XLSX");
});
