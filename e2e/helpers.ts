import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { mintSession } from "./mint-session";

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}@example.com`;
}

export const PASSWORD = "plum kettle orbit saffron";

/**
 * A fresh signed-in user for a journey that is not about signing up; returns the email.
 * Journeys call this, never the sign-up form (e2e/sign-up.spec.ts is the one journey that
 * signs up through the UI). The session is minted directly (e2e/mint-session.ts): a
 * verified user and a server-side session row, and the cookie that names it.
 */
export async function signInAs(page: Page, prefix = "user"): Promise<string> {
  const email = uniqueEmail(prefix);
  const { cookie } = await mintSession(email);
  await page
    .context()
    .addCookies([
      { name: cookie.name, value: cookie.value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" },
    ]);
  return email;
}
