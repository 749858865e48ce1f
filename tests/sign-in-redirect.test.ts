import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { describe, expect, test } from "vitest";
import { revokeSession, startSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { proxy } from "@/proxy";
import { createTestUser } from "./factories/user";

// A signed-in /sign-in is answered by proxy.ts with the page's 307, no render (issue 23); any
// cookie whose session row is not live falls through to the page, never to a redirect loop.

const SECRET = "test-secret-that-is-long-enough-for-the-env-check";

async function cookieFor(sid: string): Promise<string> {
  return `next-auth.session-token=${await encode({ token: { sid }, secret: SECRET })}`;
}

async function signIn(path: string, cookie: string) {
  return proxy(new NextRequest(`http://localhost${path}`, { headers: { cookie: `NEXT_LOCALE=zh-CN; ${cookie}` } }));
}

/** The proxy let the request through to the page (Next's "continue" header), not a redirect. */
const passedOn = (response: Response) => response.headers.get("x-middleware-next") === "1";

describe("a signed-in /sign-in", () => {
  test("is a 307 to the dashboard from the proxy, with the security headers", async () => {
    const user = await createTestUser();
    const response = await signIn("/sign-in", await cookieFor(await startSession(user.id)));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost/dashboard");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(passedOn(response)).toBe(false);
  });

  test("goes back to first aid's answers when it came from its 保存为案件", async () => {
    const user = await createTestUser();
    const at = new Date(Date.now() - 2 * 3600_000);
    const beijing = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
    const answers = new URLSearchParams({ platform: "WECHAT_PAY", at: beijing, amount: "1234.5" });
    const callbackUrl = `/first-aid/account-theft?${answers}`;
    const response = await signIn(
      `/sign-in?${new URLSearchParams({ callbackUrl })}`,
      await cookieFor(await startSession(user.id)),
    );
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toMatch(
      /^http:\/\/localhost\/first-aid\/account-theft\?platform=WECHAT_PAY&/,
    );
  });

  test("a revoked session, a pending second factor or a forged cookie gets the page, not a redirect", async () => {
    const user = await createTestUser();
    const revoked = await startSession(user.id);
    await revokeSession(revoked);
    expect(passedOn(await signIn("/sign-in", await cookieFor(revoked)))).toBe(true);

    const pending = await startSession(user.id);
    await db().session.update({ where: { sessionToken: pending }, data: { twoFactorPending: true } });
    expect(passedOn(await signIn("/sign-in", await cookieFor(pending)))).toBe(true);

    const live = await startSession(user.id);
    const forged = await encode({ token: { sid: live }, secret: "another-secret-that-is-long-enough-for-it" });
    expect(passedOn(await signIn("/sign-in", `next-auth.session-token=${forged}`))).toBe(true);
  });

  test("other pages are not redirected by a session (the proxy reads no session row for them)", async () => {
    const user = await createTestUser();
    const response = await signIn("/calculator", await cookieFor(await startSession(user.id)));
    expect(passedOn(response)).toBe(true);
  });
});
