import { type Locator, type Page, expect } from "@playwright/test";

const HOUR = 3_600_000;

/** Beijing wall time `hoursAgo` hours before now, as a datetime-local value (minute precision). */
export function beijingWall(hoursAgo: number): { wall: string; instant: Date } {
  const instant = new Date(Math.floor((Date.now() - hoursAgo * HOUR) / 60_000) * 60_000);
  return { wall: new Date(instant.getTime() + 8 * HOUR).toISOString().slice(0, 16), instant };
}

export const plusHours = (d: Date, h: number) => new Date(d.getTime() + h * HOUR);

/** Labels of the zh-CN wizard (the English journey passes its own). */
export const ZH = {
  kind: "案件类型",
  platform: "支付平台",
  next: "下一步",
  submit: "建立案件",
  paidAt: /付款时间/,
  amount: "金额（元）",
};

/**
 * Walks the intake wizard: kind and platform, then `details` fills the kind's facts,
 * then the payments; lands on the case page.
 */
export async function openCaseThroughWizard(
  page: Page,
  options: {
    kind: string;
    platform: string;
    details: (page: Page) => Promise<void>;
    payments: readonly { at: string; amount: string; transactionId?: string }[];
    labels?: typeof ZH;
  },
): Promise<void> {
  const l = options.labels ?? ZH;
  await page.goto("/cases/new");
  await page.getByRole("radio", { name: options.kind, exact: true }).check();
  await page.getByLabel(l.platform).selectOption({ label: options.platform });
  await page.getByRole("button", { name: l.next }).click();
  await expect(page).toHaveURL(/\/cases\/(?!new)[^/]+$/); // the draft exists: a reload resumes it
  await options.details(page);
  await page.getByRole("button", { name: l.next }).click();
  for (const [i, payment] of options.payments.entries()) {
    // A kind that may have lost nothing (a restricted account) starts with no row.
    if (i > 0 || (await page.locator('[data-payment="0"]').count()) === 0)
      await page.getByRole("button", { name: /再添加一笔付款|Add another payment/ }).click();
    const box = page.locator(`[data-payment="${i}"]`);
    await box.getByLabel(l.paidAt).fill(payment.at);
    await box.getByLabel(l.amount).fill(payment.amount);
    if (payment.transactionId) await box.getByLabel(/交易单号|Transaction number/).fill(payment.transactionId);
  }
  await page.getByRole("button", { name: l.submit }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('[data-testid="case-status"]')).toBeVisible();
}

export function deadline(page: Page, ruleId: string): Locator {
  return page.locator(`li[data-rule="${ruleId}"]`).first();
}

/** Taps a one-tap action (looking in "其他事件" too), keeps the default time "now", saves. */
export async function recordEvent(page: Page, label: string, fill?: (form: Locator) => Promise<void>): Promise<void> {
  const button = page.getByRole("button", { name: label, exact: true });
  if (!(await button.isVisible())) await page.getByText(/^(其他事件|Other events)$/).click();
  await button.click();
  const form = page.getByRole("form", { name: label });
  if (fill) await fill(form);
  await form.getByRole("button", { name: /^(记录|Record)$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /已记录|Recorded/ })).toBeVisible();
}
