import { writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { beijingWall, deadline, openCaseThroughWizard, plusHours, recordEvent } from "./case-helpers";
import { signInAs } from "./helpers";

// With SHOTS_DIR set, each journey leaves a full-page screenshot of where it ended (for a human to look at).
test.afterEach(async ({ page }, testInfo) => {
  if (!process.env.SHOTS_DIR) return;
  const name = testInfo.title.replace(/[^a-z0-9]+/gi, "-").slice(0, 40);
  await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `${name}.png`), fullPage: true });
});

// One journey per case kind, in zh-CN, as a victim would: the wizard, "do this now", the
// deadlines with their exact due instants, then record what the first deadline waits on
// and see it met and the next window start.

test.describe("fraud discovered 3 hours ago, on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("shows the 48-hour police deadline and tap-to-call 110 / 96110 above the fold", async ({ page }, testInfo) => {
    await signInAs(page, "fraud");
    const discovered = beijingWall(3);
    await openCaseThroughWizard(page, {
      kind: "诈骗",
      // The platform-report review's 7–15 working days are WeChat Pay's published times (issue 21: scoped).
      platform: "微信支付",
      details: async (p) => p.getByLabel("什么时候发现被骗？").fill(discovered.wall),
      payments: [
        { at: beijingWall(30).wall, amount: "２０，０００" },
        { at: beijingWall(26).wall, amount: "8000" },
      ],
    });
    await expect(page.getByText("涉及金额 ¥28,000.00")).toBeVisible();
    const due = plusHours(discovered.instant, 48).toISOString();
    const doNow = page.getByRole("region", { name: "现在就做" });
    await expect(doNow.getByText("向公安机关报案（110 / 96110）")).toBeInViewport();
    await expect(doNow.locator(`time[datetime="${due}"]`)).toBeInViewport();
    await expect(doNow.getByText(/还剩 1 天 2[01] 小时/)).toBeInViewport();
    for (const number of ["110", "96110"]) {
      await expect(doNow.locator(`a[href="tel:${number}"]`)).toBeInViewport();
    }
    const shot = await page.screenshot();
    await testInfo.attach("fraud-3h-390x844", { body: shot, contentType: "image/png" });
    if (process.env.SHOTS_DIR) await writeFile(path.join(process.env.SHOTS_DIR, "fraud-3h-390x844.png"), shot);

    await expect(deadline(page, "fraud.police-report").locator(`time[datetime="${due}"]`)).toHaveCount(0); // text, not duplicated
    await recordEvent(page, "我已报警", async (form) => form.getByLabel("回执号或单号（可选）").fill("110-2026-001"));
    await expect(deadline(page, "fraud.police-report").getByText("已完成", { exact: true })).toBeVisible();
    await recordEvent(page, "我已在平台举报诈骗");
    const review = deadline(page, "fraud.platform-report-review");
    await expect(review.getByText(/^预计 .+ 至 .+ 之间答复$/)).toBeVisible();
    await expect(page.getByTestId("history")).toHaveText(/^历史记录完整（共 \d+ 条，已校验）$/);
  });
});

test("misdirected WeChat transfer last night: complaint first, then its 24–48 h review", async ({ page }) => {
  await signInAs(page, "misdirected");
  const sent = beijingWall(14);
  await openCaseThroughWizard(page, {
    kind: "转账错误",
    platform: "微信支付",
    details: async (p) => p.getByRole("radio", { name: "没有（实时到账）" }).check(),
    payments: [{ at: sent.wall, amount: "¥3,000" }],
  });
  await expect(page.getByRole("region", { name: "现在就做" }).getByText(/发起交易投诉/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("微信支付 转账错误");
  await recordEvent(page, "我已发起交易投诉");
  const review = deadline(page, "misdirected.complaint-review");
  await expect(review.getByText(/^预计 .+ 至 .+ 之间答复$/)).toBeVisible();
  await recordEvent(page, "平台已答复投诉");
  await expect(review.getByText("已完成", { exact: true })).toBeVisible();
  await expect(page.getByText("客服申诉处理——开始条件：我已提交客服申诉")).toBeAttached();
});

test("merchant dispute: the 7-day return window, then the complaint review", async ({ page }) => {
  await signInAs(page, "merchant");
  const received = beijingWall(48);
  await openCaseThroughWizard(page, {
    kind: "商户订单争议",
    platform: "微信支付", // its review times are WeChat Pay's (rules scoped to their source, issue 21)
    details: async (p) => {
      await p.getByLabel("订单号（可选）").fill("2026112922001");
      await p.getByLabel("收货时间（如已收到）").fill(received.wall);
    },
    payments: [{ at: beijingWall(96).wall, amount: "6000" }],
  });
  const doNow = page.getByRole("region", { name: "现在就做" });
  await expect(doNow.getByText(/无理由退货/).first()).toBeVisible();
  await expect(page.getByText("争议金额超过5000元，建议走司法程序")).toBeVisible();
  await recordEvent(page, "我已申请退货");
  await expect(deadline(page, "merchant.no-reason-return").getByText("已完成", { exact: true })).toBeVisible();
  await recordEvent(page, "我已发起交易投诉");
  await expect(deadline(page, "merchant.complaint-review").getByText(/^预计 .+ 至 .+ 之间答复$/)).toBeVisible();
});

test("insurance claim: report the theft within 48 hours, then the claim review", async ({ page }) => {
  await signInAs(page, "insurance");
  const discovered = beijingWall(20);
  await openCaseThroughWizard(page, {
    kind: "账户被盗保险理赔",
    platform: "微信支付", // its review times are WeChat Pay's (rules scoped to their source, issue 21)
    details: async (p) => p.getByLabel("什么时候发现被盗？").fill(discovered.wall),
    payments: [{ at: beijingWall(22).wall, amount: "1999.99" }],
  });
  const due = plusHours(discovered.instant, 48).toISOString();
  await expect(page.getByRole("region", { name: "现在就做" }).locator(`time[datetime="${due}"]`)).toBeVisible();
  await recordEvent(page, "我已向保险公司报案");
  await expect(deadline(page, "insurance.theft-report").getByText("已完成", { exact: true })).toBeVisible();
  await recordEvent(page, "我已提交理赔申请");
  await expect(deadline(page, "insurance.hijack-review").getByText(/^预计 .+ 至 .+ 之间答复$/)).toBeVisible();
});

test("judicial freeze of my account: renew before the expiry printed on the notice", async ({ page }) => {
  await signInAs(page, "freeze");
  const expiry = new Date(Date.now() + 20 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  await openCaseThroughWizard(page, {
    kind: "司法冻结",
    platform: "银行卡",
    details: async (p) => {
      await p.getByLabel("法院（可选）").fill("北京市朝阳区人民法院");
      await p.getByLabel("收到冻结通知的时间（可选）").fill(beijingWall(24).wall);
      await p.getByLabel("冻结到期日（见通知书，可选）").fill(expiry);
    },
    payments: [{ at: beijingWall(30).wall, amount: "50000" }],
  });
  // Due at the end of the expiry date, Beijing time (23:59:59.999 = 15:59:59.999Z).
  const due = `${expiry}T15:59:59.999Z`;
  const renewal = deadline(page, "freeze.expiry-renewal");
  await expect(page.getByRole("region", { name: "现在就做" }).locator(`time[datetime="${due}"]`)).toBeVisible();
  await recordEvent(page, "冻结已续期");
  await expect(renewal.getByText("已完成", { exact: true })).toBeVisible();
});

test("account restricted on OKPay: self-check, official contact, then the appeal window", async ({ page }) => {
  await signInAs(page, "restricted");
  await openCaseThroughWizard(page, {
    kind: "账户受限",
    platform: "OKPay",
    details: async (p) => {
      await p.getByRole("radio", { name: "提现失败" }).check();
      await p.getByLabel("什么时候发现的？").fill(beijingWall(5).wall);
      await p.getByLabel("平台说明的原因（如有）").fill("风控审核中");
    },
    payments: [{ at: beijingWall(6).wall, amount: "１２８０．５０" }],
  });
  await expect(page.getByText("涉及金额 ¥1,280.50")).toBeVisible();
  await expect(page.getByText("OKPay应用内客服或官方网站“联系我们”页面的在线客服")).toBeVisible();
  const balance = page.getByRole("checkbox", { name: "余额是否充足" });
  await balance.check();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "余额是否充足" })).toBeChecked();
  await recordEvent(page, "我已提交客服申诉");
  // OKPay publishes no time for an answer (the 1–3 / 7 working days are WeChat Pay's): no window
  // runs, and the follow-up says so.
  await expect(deadline(page, "restricted.customer-service-appeal")).toHaveCount(0);
  await expect(page.getByText("OKPay没有公布客服申诉的处理时限", { exact: false })).toBeVisible();
  await recordEvent(page, "客服已答复申诉");
  await expect(page.getByText("OKPay没有公布客服申诉的处理时限", { exact: false })).toHaveCount(0);
});
