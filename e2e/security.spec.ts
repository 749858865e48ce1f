import { createHash } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { expect, test } from "@playwright/test";
import { signInAs, uniqueEmail } from "./helpers";
import { mintSession, withDatabase } from "./mint-session";
import { findLink } from "./outbox";
import { credentialsSignIn, rawRequest } from "./raw-request";

// Probes from outside, against the built server as `npm start` runs it.

test("per-IP sign-in limit holds against a client that forges X-Forwarded-For", async () => {
  test.setTimeout(120_000);
  // 127.0.0.2: its own bucket, so other journeys (from 127.0.0.1) are not throttled by this one.
  const attacker = { localAddress: "127.0.0.2" };
  const results: Array<string | null> = [];
  for (let i = 0; i < 31; i++) {
    const forged = { "x-forwarded-for": `10.${i}.${i}.${i}` };
    results.push(
      (await credentialsSignIn(uniqueEmail(`spray${i}`), "wrong password", { ...attacker, headers: forged })).error,
    );
  }
  expect(results.slice(0, 30).every((error) => error === "CredentialsSignin")).toBe(true);
  expect(results[30]).toBe("rate_limited");
  // The bucket is the socket's address: another client (127.0.0.1) is unaffected.
  expect((await credentialsSignIn(uniqueEmail("bystander"), "wrong password")).error).toBe("CredentialsSignin");
});

test("security headers on every page: nonce CSP that Next's scripts satisfy, no framing, nosniff", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await signInAs(page, "headers");
  const response = await page.goto("/cases/new");
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  // Every script tag in the HTML carries this response's nonce.
  const html = (await response?.text()) ?? "";
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // …and the page still runs: client-side validation answers an empty submit.
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.getByText("请从列表中选择。").first()).toBeVisible();
  expect(violations).toEqual([]);

  const api = await rawRequest({ path: "/api/auth/csrf" });
  expect(api.headers["x-content-type-options"]).toBe("nosniff");
});

test("public pages without a session are prerendered: a hash CSP their scripts satisfy, in the cookie's language", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
  const policies = new Map<string, string>();
  for (const path of ["/", "/calculator", "/sign-in"]) {
    const response = await page.goto(path);
    const headers = response?.headers() ?? {};
    const csp = headers["content-security-policy"] ?? "";
    expect(scriptSrc(csp)).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    // One URL serves several pages (language, signed in or not): no shared cache may keep it.
    expect(headers["cache-control"]).toBe("private, no-cache");
    // Each inline script of the page as served is one the policy names.
    const html = (await response?.text()) ?? "";
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
    expect(inline.length).toBeGreaterThan(0);
    for (const body of inline)
      expect(scriptSrc(csp)).toContain(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    policies.set(path, csp);
  }
  // …and they run: the sign-in form checks an empty submit in the browser.
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByText("此项必填。").first()).toBeVisible();

  // The language switcher on a prerendered page: the same URL now serves the English page.
  await page.getByLabel("语言").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  const english = await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(english?.headers()["content-security-policy"]).not.toBe(policies.get("/sign-in"));
  expect(violations).toEqual([]);

  // Signed in, the same URLs are rendered per request: a nonce, the user's own header.
  const email = await signInAs(page, "public");
  const home = await page.goto("/");
  expect(home?.headers()["content-security-policy"]).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  await expect(page.getByText(email)).toBeVisible();
  await page.goto("/sign-in");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("sign-out revokes the session on the server; a deleted user is signed out, not shown a 500", async ({
  page,
  browser,
}) => {
  await signInAs(page, "revoke");
  await page.goto("/cases");
  const [cookie] = (await page.context().cookies()).filter((c) => c.name === "next-auth.session-token");
  expect(cookie).toBeTruthy();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();

  // The old cookie, replayed from elsewhere, no longer works.
  const replay = await browser.newContext();
  await replay.addCookies([cookie!]);
  const replayPage = await replay.newPage();
  await replayPage.goto("/cases");
  await expect(replayPage).toHaveURL(/\/sign-in$/);
  await replay.close();

  const doomed = await mintSession(uniqueEmail("deleted"));
  await withDatabase((client) => client.query(`DELETE FROM "User" WHERE id = $1`, [doomed.userId]));
  const res = await rawRequest({ path: "/cases", headers: { cookie: `${doomed.cookie.name}=${doomed.cookie.value}` } });
  expect(res.status).toBe(307);
  expect(res.headers.location).toBe("/sign-in");
});

test("odd requests get 4xx, never 500", async () => {
  const getCallback = await rawRequest({ path: "/api/auth/callback/credentials" });
  expect(getCallback.status).toBe(405);
  const wrongMethod = await rawRequest({ path: "/sign-in", method: "DELETE" });
  expect(wrongMethod.status).toBe(405);
  const port = process.env.E2E_PORT ?? "3200";
  const evil = await rawRequest({
    path: `/api/auth/signin?callbackUrl=${encodeURIComponent(`http://localhost:${port}.evil.example/`)}`,
  });
  expect(evil.status).toBeLessThan(500);
  expect(evil.headers.location ?? "").not.toContain("evil");
  expect(evil.headers.location ?? "").not.toContain("error=Configuration");
  const huge = await rawRequest({
    path: "/api/auth/callback/credentials",
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(100 * 1024 * 1024) },
    body: "email=a",
  }).catch((error: Error) => ({ status: -1, body: error.message }));
  expect(huge.status).toBe(413);
});

test("two-factor: enrol with a QR code, then a magic-link sign-in asks for a code; a recovery code lets you in", async ({
  page,
}) => {
  const email = await signInAs(page, "totp");
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "开启两步验证" }).click();
  await expect(page.getByRole("img", { name: "两步验证二维码" })).toBeVisible();
  const secret = (await page.locator("code").textContent())?.trim() ?? "";
  const code = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
  await page.getByLabel("验证码或恢复码").fill(code);
  await page.getByRole("button", { name: "验证" }).click();
  const codes = page.getByRole("list", { name: "恢复码" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.nth(0).textContent()) ?? "";

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
  await page.goto("/sign-in");
  await page.getByLabel("邮箱").last().fill(email);
  await page.getByRole("button", { name: "发送登录链接" }).click();
  await expect(page.getByRole("heading", { name: "请查收邮件" })).toBeVisible();
  await page.goto(await findLink(email, /https?:\/\/\S+\/api\/auth\/callback\/email\?[^\s"<]+/));
  await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
  // Not signed in yet: the cases page sends us back to the code step.
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
  await page.getByLabel("验证码或恢复码").fill(recovery);
  await page.getByRole("button", { name: "验证" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText(`已登录：${email}`)).toBeVisible();
});
