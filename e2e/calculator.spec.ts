import { expect, test } from "@playwright/test";

test("calculator: fraud filed on 30 Sep 2025 18:00 counts around National Day, no sign-in needed", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "期限计算器" }).first().click();
  await expect(page.getByRole("heading", { name: "期限计算器" })).toBeVisible();

  const byKind = page.getByRole("form", { name: "按案件类型计算" });
  await byKind.getByLabel("案件类型").selectOption({ label: "诈骗" });
  await byKind.getByLabel("起算时间（北京时间）").fill("2025-09-30T18:00");
  await byKind.getByRole("button", { name: "计算" }).click();

  const review = page.locator('[data-rule="fraud.platform-report-review"]');
  await expect(review).toContainText("2025年10月16日");
  await expect(review).toContainText("2025年10月28日");
  await expect(review).toContainText("10月1日至8日为法定节假日");
  await expect(review).toContainText("10月11日（周六）调休上班");
  await expect(page.locator('[data-rule="fraud.police-report"]')).toContainText("2025年10月2日");
  // The field shows (and so submits) what it reads, 24-hour with a space: a shareable URL.
  expect(new URL(page.url()).searchParams.get("at")).toBe("2025-09-30 18:00");

  // The same result in English.
  await page.getByLabel("语言").selectOption("en");
  await expect(review).toContainText("1–8 Oct are holidays; Sat 11 Oct is a make-up working day → 16–28 Oct 2025");
});

test("calculator: the prerendered form starts at Beijing now, filled in by the browser, not at build time", async ({
  page,
}) => {
  const response = await page.goto("/calculator");
  expect(response?.headers()["content-security-policy"]).toContain("'sha256-");
  // The served HTML carries no time at all…
  const html = (await response?.text()) ?? "";
  expect(html).not.toMatch(/<input[^>]*name="at"[^>]*value=/);
  // …the browser fills in its now, in Beijing wall time.
  for (const form of ["按案件类型计算", "自定义天数"]) {
    const at = page.getByRole("form", { name: form }).getByLabel("起算时间（北京时间）");
    await expect(at).not.toHaveValue("");
    const shown = Date.parse(`${await at.inputValue()}:00+08:00`);
    expect(Math.abs(shown - Date.now())).toBeLessThan(3 * 60_000);
  }
});

test("calculator: bad input gets a clear error, never a date", async ({ page }) => {
  await page.goto("/calculator?mode=kind&kind=FRAUD&at=1900-01-01T10%3A00");
  await expect(page.getByText("日期超出支持范围（2000 年至 2100 年）。")).toBeVisible();
  await expect(page.getByRole("heading", { name: "计算结果" })).toHaveCount(0);

  await page.goto("/calculator?mode=kind&kind=FRAUD&at=2025-02-30T10%3A00");
  await expect(page.getByText("请输入有效的日期和时间")).toBeVisible();

  await page.goto("/calculator");
  const byCount = page.getByRole("form", { name: "自定义天数" });
  await byCount.getByLabel("天数").fill("0");
  await byCount.getByRole("button", { name: "计算" }).click();
  await expect(page.getByText("请输入 1 至 1000 之间的整数天数。")).toBeVisible();

  await byCount.getByLabel("天数").fill("7");
  await byCount.getByLabel("起算时间（北京时间）").fill("2025-09-30T18:00");
  await byCount.getByRole("button", { name: "计算" }).click();
  await expect(page.getByRole("heading", { name: /结果/ })).toContainText("2025年10月16日");
});

test("calculator: a year without a published schedule is flagged", async ({ page }) => {
  await page.goto("/calculator?mode=count&at=2027-03-01T09%3A00&clock=WORKING_DAYS&n=10");
  await expect(page.getByRole("note")).toContainText("2027 年放假安排尚未公布，调休未计入");
  await expect(page.getByRole("heading", { name: /结果/ })).toContainText("2027年3月15日");
});

test("calculator: the account-restricted kind, in English with the year named", async ({ page }) => {
  await page.goto("/calculator?mode=kind&kind=ACCOUNT_RESTRICTED&at=2026-12-28T10%3A00");
  const appeal = page.locator('[data-rule="restricted.customer-service-appeal"]');
  // Mon 28 Dec 2026 + 7 working days: 29, 30, 31 Dec, (Fri 1 Jan 2027 is a statutory holiday before any notice), 4–7 Jan.
  await expect(appeal).toContainText("2027年1月7日");
  await expect(appeal.getByRole("note")).toContainText("2027 年放假安排尚未公布，调休未计入");
  // The appeal window is WeChat Pay's published one (the only platform that publishes it).
  await expect(appeal).toContainText("微信支付 客服申诉处理时效");
  await page.getByLabel("语言").selectOption("en");
  await expect(appeal.getByRole("note")).toContainText("The 2027 holiday schedule is not yet published");
  await expect(appeal).toContainText("WeChat Pay: customer-service appeal handling times");
});
