import { expect, test } from "@playwright/test";
import { beijingWall, openCaseThroughWizard } from "./case-helpers";
import { signUp, uniqueEmail } from "./helpers";

test("sign up, open a case, find it in My cases, sign out; another user gets 404 on its URL", async ({
  page,
  browser,
}) => {
  await signUp(page, uniqueEmail("owner"));
  await expect(page.getByText("还没有案件")).toBeVisible();

  await page.getByRole("link", { name: "新建案件" }).click();
  // Going on without a choice shows translated errors from the shared schema.
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.getByText("请从列表中选择。")).toHaveCount(2);

  await openCaseThroughWizard(page, {
    kind: "转账错误",
    platform: "微信支付",
    details: async () => undefined,
    payments: [{ at: beijingWall(3).wall, amount: "1280.5" }],
  });
  await expect(page.getByText("涉及金额 ¥1,280.50")).toBeVisible();
  const caseUrl = page.url();

  await page.getByRole("link", { name: "返回我的案件" }).click();
  await expect(page.getByRole("link", { name: /微信支付 转账错误/ })).toBeVisible();

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/sign-in/);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage, uniqueEmail("other"));
  const response = await otherPage.goto(caseUrl);
  expect(response?.status()).toBe(404);
  await expect(otherPage.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(otherPage.getByText("微信支付 转账错误")).toHaveCount(0);
  await other.close();
});

test("wrong password gets a translated error; English can be switched on", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("邮箱").first().fill(uniqueEmail("nobody"));
  await page.getByLabel("密码").fill("not the password");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByText("邮箱或密码不正确。")).toBeVisible();

  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByRole("heading", { name: "Sign in", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
