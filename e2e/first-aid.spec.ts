import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import path from "node:path";
import { type Browser, type Page, expect, test } from "@playwright/test";
import { PASSWORD, signInAs, uniqueEmail } from "./helpers";
import { findLink } from "./outbox";

// Issue 22, item 1 and 3: first aid without an account, on a phone, in both languages; "save
// as a case" through sign-up; the confirmation link lands signed in on NEXTAUTH_URL's origin.

const PHONE = { width: 390, height: 844 };
const SHOTS = process.env.SHOTS_DIR;

const TEXT = {
  "zh-CN": {
    FRAUD: "被骗了",
    INSURANCE_CLAIM: "账户被盗刷了",
    platform: "用的哪个平台？",
    amount: "涉及多少钱？（元）",
    submit: "算出我的期限",
    doNow: "现在就做",
    save: "注册并保存为案件",
    email: "邮箱",
    password: "密码",
    signUp: "注册",
    policeReport: "向公安机关报案（110 / 96110）",
    summary: "诈骗 · 微信支付 · ¥5,000.00",
    caseLine: "诈骗 · 微信支付",
  },
  en: {
    FRAUD: "I was scammed",
    INSURANCE_CLAIM: "My account was stolen",
    platform: "Which platform?",
    amount: "How much? (yuan)",
    submit: "Show my deadlines",
    doNow: "Do this now",
    save: "Sign up and save as a case",
    email: "Email",
    password: "Password",
    signUp: "Sign up",
    policeReport: "Report to the police (110 / anti-fraud 96110)",
    summary: "Fraud · WeChat Pay · ¥5,000.00",
    caseLine: "Fraud · WeChat Pay",
  },
} as const;
type Locale = keyof typeof TEXT;

async function visitor(browser: Browser, locale: Locale, viewport = PHONE): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "localhost", path: "/" }]);
  return context.newPage();
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Beijing wall time `minutes` ago, as a datetime-local value. */
function beijingMinutesAgo(minutes: number): string {
  return new Date(Date.now() + 8 * 3600_000 - minutes * 60_000).toISOString().slice(0, 16);
}

for (const locale of ["zh-CN", "en"] as const) {
  for (const [kind, slug] of [
    ["FRAUD", "fraud"],
    ["INSURANCE_CLAIM", "account-theft"],
  ] as const) {
    test(`${locale}, signed out, phone: "${TEXT[locale][kind]}" shows 110, 96110 and the stop-payment lines on the first screen`, async ({
      browser,
    }) => {
      const page = await visitor(browser, locale);
      await page.goto("/");
      await shot(page, `home-phone-${locale}`);
      await page.getByRole("link", { name: TEXT[locale][kind], exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/first-aid/${slug}$`));
      for (const number of ["110", "96110", "95017", "95188"]) {
        const link = page.locator(`a[href="tel:${number}"]`);
        await expect(link).toBeVisible();
        const box = await link.boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);
      }
      await shot(page, `${slug}-phone-${locale}`);
      // The prerendered page, with its CSP by hash (docs/decisions/0018-…), for a signed-out visitor.
      const response = await page.request.get(`/first-aid/${slug}`);
      expect(response.headers()["content-security-policy"]).toContain("'sha256-");
      expect(response.headers()["content-security-policy"]).not.toContain("'nonce-");
      await page.context().close();
    });
  }

  test(`${locale}: first aid's answers go through sign-up and open the case holding them`, async ({ browser }) => {
    const text = TEXT[locale];
    const page = await visitor(browser, locale);
    await page.goto("/");
    await page.getByRole("link", { name: text.FRAUD, exact: true }).click();
    // Found out 30 minutes ago: on WeChat Pay (百万保障) the police report is due 48 h after that.
    await page.locator("#fa-at").fill(beijingMinutesAgo(30));
    await page.getByLabel(text.platform).selectOption("WECHAT_PAY");
    await page.getByLabel(text.amount).fill("5000");
    await page.getByRole("button", { name: text.submit }).click();
    await expect(page.getByRole("heading", { name: text.doNow })).toBeVisible();
    await expect(page.locator('[data-testid="do-now-item"][data-kind="deadline"]').first()).toContainText(
      text.policeReport,
    );
    await expect(page.locator('[data-testid="do-now-item"][data-kind="deadline"]').first()).toContainText(
      locale === "en" ? "1 d 23 h left" : "还剩 1 天 23 小时",
    );
    // Platform known: its stop-payment line only, still above the answers.
    await expect(page.locator('a[href="tel:95017"]').first()).toBeVisible();
    await expect(page.locator('section[aria-labelledby="call-now"] a[href="tel:95188"]')).toHaveCount(0);
    await shot(page, `fraud-result-phone-${locale}`);

    await page.getByRole("link", { name: text.save }).click();
    await expect(page).toHaveURL(/\/sign-up\?answers=/);
    await expect(page.getByTestId("carried-answers")).toContainText(text.summary);
    await shot(page, `sign-up-carried-phone-${locale}`);
    const email = uniqueEmail(`firstaid-${locale.toLowerCase()}`);
    await page.getByLabel(text.email).fill(email);
    await page.getByLabel(text.password).fill(PASSWORD);
    await page.getByRole("button", { name: text.signUp, exact: true }).click();
    await expect(page).toHaveURL(/\/sign-up\/check-email$/);

    // The confirmation link signs in and lands on the case, on NEXTAUTH_URL's origin (the link's).
    const link = await findLink(email, /https?:\/\/\S+\/verify-email\?[^\s"<]+/);
    await page.goto(link);
    await expect(page).toHaveURL(/\/cases\/\w+$/);
    expect(new URL(page.url()).origin).toBe(new URL(link).origin);
    await expect(page.getByText(text.caseLine).first()).toBeVisible();
    await expect(page.getByText("¥5,000.00").first()).toBeVisible();
    await expect(page.locator('[data-testid="do-now-item"][data-kind="deadline"]').first()).toContainText(
      text.policeReport,
    );
    await expect(page.getByTestId("case-status")).toBeVisible();
    await shot(page, `saved-case-phone-${locale}`);
    await page.context().close();
  });
}

async function seriousIssues(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("desktop, both languages: the home page asks what happened; first aid reads clean to axe", async ({ browser }) => {
  // Eight axe runs over two languages: a loaded CI machine needs more than the default minute.
  test.setTimeout(180_000);
  for (const locale of ["zh-CN", "en"] as const) {
    const page = await visitor(browser, locale, { width: 1280, height: 800 });
    await page.goto("/");
    await expect(page.getByRole("link", { name: TEXT[locale].INSURANCE_CLAIM, exact: true })).toBeVisible();
    expect(await seriousIssues(page), `/ in ${locale}`).toEqual([]);
    await shot(page, `home-desktop-${locale}`);
    await page.goto("/first-aid/account-theft");
    await expect(page.locator('a[href="tel:110"]')).toBeVisible();
    expect(await seriousIssues(page), `/first-aid/account-theft in ${locale}`).toEqual([]);
    await shot(page, `account-theft-desktop-${locale}`);
    // Answers with a mistake: each field says what is wrong, in the page's language.
    await page.goto("/first-aid/misdirected-transfer?platform=ALIPAY&at=2999-01-01T00:00&amount=abc");
    await expect(page.locator("main [role=alert]")).toHaveCount(2);
    expect(await seriousIssues(page), `first-aid errors in ${locale}`).toEqual([]);
    await page.goto(`/first-aid/misdirected-transfer?platform=ALIPAY&at=${beijingMinutesAgo(60)}&amount=88&delayed=24`);
    await expect(page.getByTestId("do-now-item").first()).toBeVisible();
    expect(await seriousIssues(page), `first-aid result in ${locale}`).toEqual([]);
    await shot(page, `misdirected-result-desktop-${locale}`);
    await page.context().close();
  }
});

test("signed in: sign-in's way back lands on first aid with the answers, and one tap saves the case", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await signInAs(page, "firstaid-signed-in");
  const answers = new URLSearchParams({ platform: "WECHAT_PAY", at: beijingMinutesAgo(120), amount: "1234.5" });
  await page.goto(`/sign-in?${new URLSearchParams({ callbackUrl: `/first-aid/account-theft?${answers}` })}`);
  await expect(page).toHaveURL(/\/first-aid\/account-theft\?platform=WECHAT_PAY&/);
  await page.getByRole("button", { name: "保存为案件" }).click();
  await expect(page).toHaveURL(/\/cases\/\w+$/);
  await expect(page.getByText("账户被盗保险理赔 · 微信支付").first()).toBeVisible();
  await expect(page.getByText("¥1,234.50").first()).toBeVisible();
});

// Issue 21: first aid speaks to the situation — each emergency number once, no amount asked
// where nothing was lost, the card's bank's line when named.
for (const locale of ["zh-CN", "en"] as const) {
  test(`${locale}, phone: the fraud result dials 110 and 96110 once; a restricted account is not asked how much`, async ({
    browser,
  }) => {
    const page = await visitor(browser, locale);
    await page.goto(`/first-aid/fraud?platform=ALIPAY&at=${beijingMinutesAgo(30)}&amount=5000`);
    await expect(page.getByRole("heading", { name: TEXT[locale].doNow })).toBeVisible();
    await expect(page.locator('a[href="tel:110"]')).toHaveCount(1);
    await expect(page.locator('a[href="tel:96110"]')).toHaveCount(1);
    await expect(page.locator('section[aria-labelledby="call-now"] a[href="tel:110"]')).toBeInViewport();
    await shot(page, `fraud-result-once-phone-${locale}`);

    // On WeChat Pay the platform report's why names WeChat Pay's 7–15 working days and cites it.
    await page.goto(`/first-aid/fraud?platform=WECHAT_PAY&at=${beijingMinutesAgo(30)}&amount=5000`);
    await expect(page.getByTestId("do-now-item").nth(1)).toContainText(
      locale === "en" ? "WeChat Pay: complaint handling times" : "微信支付 交易投诉处理时效",
    );
    if (SHOTS)
      await page.screenshot({ path: path.join(SHOTS, `fraud-wechat-result-full-${locale}.png`), fullPage: true });

    await page.goto(`/first-aid/account-restricted`);
    await expect(page.locator("#fa-amount")).toHaveCount(0);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `restricted-form-full-${locale}.png`), fullPage: true });
    await expect(page.getByText(TEXT[locale].amount)).toHaveCount(0);
    await page.locator("#fa-at").fill(beijingMinutesAgo(60));
    await page.getByLabel(TEXT[locale].platform).selectOption("BANK_CARD");
    await page.locator("#fa-bank").selectOption("ICBC");
    await page.getByRole("button", { name: TEXT[locale].submit }).click();
    await expect(page.getByRole("heading", { name: TEXT[locale].doNow })).toBeVisible();
    expect(new URL(page.url()).searchParams.get("amount")).toBeNull();
    // The card's bank named: its line in 现在就做, no wallet's.
    await expect(page.locator('[data-testid="do-now-item"] a[href="tel:95588"]')).toBeVisible();
    await expect(page.locator('a[href="tel:95017"], a[href="tel:95188"], a[href="tel:110"]')).toHaveCount(0);
    await shot(page, `restricted-result-phone-${locale}`);
    await page.context().close();
  });
}
