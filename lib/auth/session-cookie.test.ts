import { decode, encode } from "next-auth/jwt";
import { describe, expect, test } from "vitest";
import { decodeSessionCookie, reissueSessionCookie, sessionCookieName } from "./session-cookie";

const SECRET = "a-test-secret-that-is-long-enough-for-jwe";

describe("the session cookie", () => {
  test("is re-issued with the same claims and a fresh expiry (what makes it slide)", async () => {
    const old = await encode({ token: { sub: "u1", email: "a@example.com", sid: "s1" }, secret: SECRET, maxAge: 60 });
    const before = await decode({ token: old, secret: SECRET });
    const renewed = await reissueSessionCookie(before!, SECRET, 168 * 3600);
    const after = await decodeSessionCookie(renewed, SECRET);
    expect(after).toMatchObject({ sub: "u1", email: "a@example.com", sid: "s1" });
    expect(Number(after?.exp) - Number(before?.exp)).toBeGreaterThan(168 * 3600 - 120);
  });

  test("a forged or garbled cookie decodes to nothing, never throws", async () => {
    expect(await decodeSessionCookie("not-a-jwe", SECRET)).toBeNull();
    expect(await decodeSessionCookie(undefined, SECRET)).toBeNull();
    const other = await encode({ token: { sid: "s" }, secret: "another-secret-that-is-also-long-enough" });
    expect(await decodeSessionCookie(other, SECRET)).toBeNull();
  });

  test("is __Secure- prefixed only when served over https", () => {
    const saved = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = "https://recourse.example";
    expect(sessionCookieName()).toBe("__Secure-next-auth.session-token");
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    expect(sessionCookieName()).toBe("next-auth.session-token");
    if (saved === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = saved;
  });
});
