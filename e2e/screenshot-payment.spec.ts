import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

// Issue 26: a payment screenshot on the wizard's payments step proposes its fields, an edit is
// kept, and the confirmed payment appears on the opened case with the screenshot as its evidence
// in the 转账截图 slot. zh-CN on a phone, English on a desktop. The real OCR process reads it.
const corpus = path.join(__dirname, "..", "lib", "screenshots", "__fixtures__", "corpus");
const SCREENSHOT = "wechat-transfer-pending-light.jpg";
const truth = (
  JSON.parse(readFileSync(path.join(corpus, "expected.json"), "utf8")) as {
    file: string;
    expect?: { amountFen: string; transactionId: string; counterparty: string };
  }[]
).find((entry) => entry.file === SCREENSHOT)!.expect!;
const yuan = `${BigInt(truth.amountFen) / 100n}.${truth.amountFen.slice(-2)}`;

const text = {
  "zh-CN": {
    kind: /转账错误/,
    platformLabel: "支付平台",
    platform: "微信支付",
    next: "下一步",
    arrival: "没有（实时到账）",
    open: "从截图识别",
    reading: "正在识别截图……",
    found: /识别到：¥[\d,.]+ · 2026年\d+月\d+日 \d\d:\d\d · 交易单号 \d+ · 收款方 .+ —— 添加为付款？/,
    payee: "收款方",
    confirm: "添加为付款",
    added: "已添加这笔付款，截图已作为证据保存。",
    amount: "金额（元）",
    transactionId: /交易单号/,
    counterparty: /对方姓名/,
    submit: "建立案件",
    payments: "付款记录",
    slot: "转账截图",
    readThis: "识别这张截图",
    cancel: "不添加",
  },
  en: {
    kind: /Misdirected transfer/,
    platformLabel: "Payment platform",
    platform: "WeChat Pay",
    next: "Next",
    arrival: "No (arrived at once)",
    open: "Read from a screenshot",
    reading: "Reading the screenshot…",
    found:
      /Found: ¥[\d,.]+ · \d{1,2} [A-Z][a-z]{2} 2026 \d\d:\d\d · transaction number \d+ · payee .+ — add as a payment\?/,
    payee: "Payee",
    confirm: "Add as a payment",
    added: "The payment was added and the screenshot kept as its evidence.",
    amount: "Amount (yuan)",
    transactionId: /Transaction number/,
    counterparty: /Recipient's name/,
    submit: "Open the case",
    payments: "Payments",
    slot: "Screenshot of the transfer",
    readThis: "Read this screenshot",
    cancel: "Don't add",
  },
} as const;

async function journey(page: Page, locale: keyof typeof text, shot: string) {
  const t = text[locale];
  await signInAs(page, `screenshot-${locale}`);
  await page.goto("/cases/new");
  await page.getByRole("radio", { name: t.kind }).check();
  await page.getByLabel(t.platformLabel).selectOption({ label: t.platform });
  await page.getByRole("button", { name: t.next }).click();
  await expect(page).toHaveURL(/\/cases\/(?!new)[^/]+$/);
  await page.getByRole("radio", { name: t.arrival }).check();
  await page.getByRole("button", { name: t.next }).click();

  await page.getByRole("button", { name: t.open }).click();
  await page.getByTestId("screenshot-file").setInputFiles(path.join(corpus, SCREENSHOT));
  await expect(page.getByRole("status").filter({ hasText: t.reading })).toBeVisible();
  const proposal = page.getByTestId("screenshot-proposal");
  await expect(proposal.getByText(t.found)).toBeVisible({ timeout: 60_000 });
  await expect(proposal.getByLabel(t.payee)).toHaveValue(truth.counterparty);
  await page.screenshot({ path: `test-results/${shot}-proposal.png`, fullPage: true });

  // The person corrects the payee before confirming: the edit, not the reading, is kept.
  await proposal.getByLabel(t.payee).fill(`${truth.counterparty}（房东）`);
  await proposal.getByRole("button", { name: t.confirm }).click();
  await expect(page.getByText(t.added)).toBeVisible();
  const row = page.locator('[data-payment="0"]');
  await expect(row.getByLabel(t.amount)).toHaveValue(yuan);
  await expect(row.getByLabel(t.transactionId)).toHaveValue(truth.transactionId);
  await expect(row.getByLabel(t.counterparty)).toHaveValue(`${truth.counterparty}（房东）`);
  await expect(page.locator("[data-payment]")).toHaveCount(1);

  await page.getByRole("button", { name: t.submit }).click();
  const payments = page.locator("section", { has: page.getByRole("heading", { name: t.payments }) }).locator("li");
  await expect(payments).toHaveCount(1);
  await expect(payments.first()).toContainText(truth.transactionId);
  const files = page.getByTestId("evidence-files");
  await expect(files).toContainText(SCREENSHOT);
  await expect(files.getByRole("combobox")).toHaveValue("transfer-screenshot");
  await expect(files.getByRole("combobox").locator("option:checked")).toHaveText(t.slot);
  await page.screenshot({ path: `test-results/${shot}-case.png`, fullPage: true });

  // The evidence panel offers the same reading for the uploaded image; declining stores nothing.
  await files.getByRole("button", { name: t.readThis }).click();
  await expect(files.getByTestId("screenshot-proposal").getByLabel(t.payee)).toHaveValue(truth.counterparty, {
    timeout: 60_000,
  });
  await files.getByRole("button", { name: t.cancel }).click();
  await expect(files.getByTestId("screenshot-proposal")).toHaveCount(0);
  await expect(payments).toHaveCount(1);
}

test.describe("zh-CN on a phone", () => {
  test.use({ locale: "zh-CN", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test("a screenshot on the payments step becomes a payment with its evidence", async ({ page }) => {
    test.setTimeout(180_000);
    await journey(page, "zh-CN", "screenshot-zh-phone");
  });
});

test.describe("English on a desktop", () => {
  test.use({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  test("a screenshot on the payments step becomes a payment with its evidence", async ({ page }) => {
    test.setTimeout(180_000);
    await journey(page, "en", "screenshot-en-desktop");
  });
});
