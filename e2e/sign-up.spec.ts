import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { decode } from "next-auth/jwt";
import { PASSWORD, uniqueEmail } from "./helpers";
import { findLink, mailsTo } from "./outbox";

// The one journey that signs up through the UI (every other one uses signInAs).
test("sign up: weak password refused with the reason; the mail's link confirms and signs in, once; a second sign-up reveals nothing", async ({
  page,
}) => {
  const email = uniqueEmail("signup");
  await page.goto("/sign-up");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill("password123");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByText("这个密码太常见（出现在泄露密码列表中），请换一个。")).toBeVisible();

  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  const checkMail = await page.getByRole("main").textContent();

  // Not confirmed yet: the password alone does not sign in.
  await page.goto("/sign-in");
  await page.getByLabel("邮箱").first().fill(email);
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByText("请先点击注册邮件中的链接确认邮箱，或用下方的邮件链接登录。")).toBeVisible();

  // The link signs in (no password typed again) and lands on the dashboard.
  const link = await findLink(email, /https?:\/\/\S+\/verify-email\?[^\s"<]+/);
  await page.goto(link);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "欢迎使用 Recourse" })).toBeVisible();

  // The session lives SESSION_MAX_AGE_HOURS (168 by default), not next-auth's 30 days: cookie and JWT.
  const session = (await page.context().cookies()).find((c) => c.name === "next-auth.session-token");
  const hoursLeft = ((session?.expires ?? 0) - Date.now() / 1000) / 3600;
  expect(hoursLeft).toBeGreaterThan(167);
  expect(hoursLeft).toBeLessThan(169);
  const secret = (await readFile(path.join(process.env.E2E_DATA_DIR ?? "", "auth-secret"), "utf8")).trim();
  const jwt = await decode({ token: session?.value, secret });
  expect((Number(jwt?.exp) - Date.now() / 1000) / 3600).toBeLessThan(169);

  // Once: the same link again, in a fresh browser, signs nobody in.
  const replay = await page.context().browser()!.newContext();
  const replayPage = await replay.newPage();
  await replayPage.goto(link);
  await expect(replayPage).toHaveURL(/\/sign-in\?error=Verification$/);
  await replay.close();

  // Signing up again with the same address: the very same answer on screen; the mailbox is told.
  const other = await page.context().browser()!.newContext();
  const again = await other.newPage();
  await again.goto("/sign-up");
  await again.getByLabel("邮箱").fill(email);
  await again.getByLabel("密码").fill("another quite long passphrase");
  await again.getByRole("button", { name: "注册" }).click();
  await expect(again).toHaveURL(/\/sign-up\/check-email$/);
  expect(await again.getByRole("main").textContent()).toBe(checkMail);
  await expect.poll(async () => (await mailsTo(email)).some((m) => m.includes("already has an account"))).toBe(true);
  await other.close();
});
