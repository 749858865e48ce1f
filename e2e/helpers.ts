import { randomBytes } from "node:crypto";
import { type Page, expect } from "@playwright/test";

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}@example.com`;
}

export const PASSWORD = "a long enough password";

/** Signs up through the real form (zh-CN, the default language) and lands on the dashboard's welcome. */
export async function signUp(page: Page, email: string): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "欢迎使用 Recourse" })).toBeVisible();
}

/**
 * A fresh signed-in user for a journey that is not about signing up; returns the email.
 * Journeys call this, never the sign-up form (one journey still signs up through the UI).
 * Today it goes through the sign-up form; the hardening work replaces the body with a minted session.
 */
export async function signInAs(page: Page, prefix = "user"): Promise<string> {
  const email = uniqueEmail(prefix);
  await signUp(page, email);
  return email;
}
