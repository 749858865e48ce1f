import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./helpers";
import { findLink } from "./outbox";

const SIGN_IN_LINK = /https?:\/\/\S+\/api\/auth\/callback\/email\?[^\s"<]+/;

test("magic link: request, read the mail, follow it, signed in; the link works once", async ({ page, browser }) => {
  const email = uniqueEmail("magic");
  await page.goto("/sign-in");
  await page.getByLabel("邮箱").last().fill(email);
  await page.getByRole("button", { name: "发送登录链接" }).click();
  await expect(page.getByRole("heading", { name: "请查收邮件" })).toBeVisible();

  const link = await findLink(email, SIGN_IN_LINK);
  await page.goto(link);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText(`已登录：${email}`)).toBeVisible();

  const again = await browser.newContext();
  const replay = await again.newPage();
  await replay.goto(link);
  await expect(replay.getByText("链接无效或已过期，请重新获取。")).toBeVisible();
  await again.close();
});
