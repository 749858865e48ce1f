import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { beijingWall, openCaseThroughWizard, recordEvent } from "./case-helpers";
import { signInAs } from "./helpers";

// Issue 21: what a person in trouble is told first, on a phone (390×844) and a desktop.
// With SHOTS_DIR set, each journey leaves screenshots for a human to look at.

async function shot(page: Page, name: string) {
  if (!process.env.SHOTS_DIR) return;
  await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `${name}.png`), fullPage: false });
  await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `${name}-full.png`), fullPage: true });
}

const doNow = (page: Page) => page.getByRole("region", { name: "现在就做" });
const firstItem = (page: Page) => doNow(page).getByTestId("do-now-item").first();
const firstButton = (page: Page) => page.getByTestId("primary-events").getByRole("button").first();

for (const device of [
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: "desktop", viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
] as const) {
  test.describe(device.name, () => {
    test.use({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.hasTouch });

    test("a misdirected WeChat transfer the morning after: file the complaint, first", async ({ page }) => {
      await signInAs(page, `morning-${device.name}`);
      await openCaseThroughWizard(page, {
        kind: "转账错误",
        platform: "微信支付",
        details: async (p) => p.getByRole("radio", { name: "没有（实时到账）" }).check(),
        payments: [{ at: beijingWall(14).wall, amount: "3000" }],
      });
      await expect(firstItem(page)).toHaveAttribute("data-kind", "recommended");
      await expect(firstItem(page)).toContainText("发起交易投诉");
      await expect(firstItem(page)).toBeInViewport();
      await expect(doNow(page)).not.toContainText("没有需要您处理的期限");
      await expect(firstButton(page)).toHaveText("我已发起交易投诉");
      await expect(page.getByTestId("primary-events")).not.toContainText("我已起诉或申请仲裁");
      await shot(page, `guidance-morning-after-${device.name}`);
    });

    test("fraud after a platform report: the police deadline and 110 / 96110 stay", async ({ page }) => {
      await signInAs(page, `fraud-report-${device.name}`);
      await openCaseThroughWizard(page, {
        kind: "诈骗",
        platform: "微信支付",
        details: async (p) => p.getByLabel("什么时候发现被骗？").fill(beijingWall(3).wall),
        payments: [{ at: beijingWall(5).wall, amount: "5000" }],
      });
      await recordEvent(page, "我已在平台举报诈骗");
      await expect(firstItem(page)).toContainText("向公安机关报案");
      for (const number of ["110", "96110"]) {
        await expect(doNow(page).locator(`a[href="tel:${number}"]`)).toBeVisible();
      }
      if (device.isMobile) {
        // On the case's first screen, as someone opening it again finds it (recording left us lower down).
        await page.evaluate(() => window.scrollTo(0, 0));
        await expect(doNow(page).locator('a[href="tel:110"]')).toBeInViewport();
      }
      await expect(firstButton(page)).toHaveText("我已报警");
      await shot(page, `guidance-fraud-after-report-${device.name}`);
    });

    test("a restricted OKPay account: its in-app service, no foreign hotline, no 110", async ({ page }) => {
      await signInAs(page, `okpay-${device.name}`);
      await openCaseThroughWizard(page, {
        kind: "账户受限",
        platform: "OKPay",
        details: async (p) => {
          await p.getByRole("radio", { name: "被风控冻结" }).check();
          await p.getByLabel(/发现受限的时间|什么时候发现/).fill(beijingWall(2).wall);
        },
        payments: [],
      });
      for (const number of ["95017", "95188", "110", "96110"]) {
        await expect(page.locator(`a[href="tel:${number}"]`)).toHaveCount(0);
      }
      await expect(firstItem(page)).toHaveAttribute("data-kind", "recommended");
      await expect(page.getByText(/OKPay应用内客服/).first()).toBeVisible();
      await shot(page, `guidance-okpay-restricted-${device.name}`);
    });

    test("a restricted ICBC card: the bank's line in 现在就做 and in the official contacts", async ({ page }) => {
      await signInAs(page, `icbc-${device.name}`);
      await openCaseThroughWizard(page, {
        kind: "账户受限",
        platform: "银行卡",
        details: async (p) => {
          await p.getByLabel("发卡银行（可选）").selectOption("ICBC");
          await p.getByRole("radio", { name: "无法付款" }).check();
          await p.getByLabel(/发现受限的时间|什么时候发现/).fill(beijingWall(1).wall);
        },
        payments: [],
      });
      await expect(doNow(page).locator('a[href="tel:95588"]')).toBeVisible();
      const contacts = page.getByRole("region", { name: "官方联系方式" });
      await expect(contacts).toContainText("中国工商银行客服");
      await expect(contacts.locator('a[href="tel:95588"]')).toHaveText("95588");
      await expect(contacts).not.toContainText("背面印的客服电话");
      for (const number of ["95017", "95188", "110"])
        await expect(page.locator(`a[href="tel:${number}"]`)).toHaveCount(0);
      await contacts.scrollIntoViewIfNeeded();
      await shot(page, `guidance-icbc-restricted-${device.name}`);
    });

    test("Alipay can't pay: the case opens without money, and no amount is shown", async ({ page }) => {
      await signInAs(page, `cantpay-${device.name}`);
      await openCaseThroughWizard(page, {
        kind: "账户受限",
        platform: "支付宝",
        details: async (p) => {
          await p.getByRole("radio", { name: "无法付款" }).check();
          await p.getByLabel(/发现受限的时间|什么时候发现/).fill(beijingWall(1).wall);
        },
        payments: [],
      });
      await expect(page.getByTestId("amount-at-stake")).toHaveCount(0);
      await expect(page.getByText("涉及金额")).toHaveCount(0);
      await expect(doNow(page).locator('a[href="tel:95188"]')).toBeVisible();
      await expect(page.locator('a[href="tel:95017"]')).toHaveCount(0);
      await shot(page, `guidance-alipay-cant-pay-${device.name}`);
    });

    test("Alipay fraud with a 2023 payment: the police report first, no 零钱明细 deadline", async ({ page }) => {
      await signInAs(page, `fraud-old-${device.name}`);
      await openCaseThroughWizard(page, {
        kind: "诈骗",
        platform: "支付宝",
        details: async (p) => p.getByLabel("什么时候发现被骗？").fill(beijingWall(4).wall),
        payments: [
          { at: "2023-01-10T10:00", amount: "200" },
          { at: beijingWall(6).wall, amount: "8000" },
        ],
      });
      // No source times the report off WeChat Pay: the app recommends it first, with 110 / 96110.
      await expect(firstItem(page)).toHaveAttribute("data-kind", "recommended");
      await expect(firstItem(page)).toContainText("拨打110");
      await expect(page.getByText("在账单记录过期前下载明细")).toHaveCount(0);
      await expect(page.getByText(/已逾期 \d+ 天/)).toHaveCount(0);
      await shot(page, `guidance-alipay-old-row-${device.name}`);
    });
  });
}
