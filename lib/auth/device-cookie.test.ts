import { encode } from "next-auth/jwt";
import { describe, expect, test } from "vitest";
import { deviceCookieName, trustedDevice, withDeviceCookie } from "./device-cookie";
import { sessionCookieName } from "./session-cookie";

const SECRET = "a-secret-that-is-long-enough-for-the-env-check";

describe("the device cookie is set when next-auth signs someone in", () => {
  test("a response that sets a session cookie gets the device cookie for that user", async () => {
    const token = await encode({ token: { sub: "user-1", sid: "s" }, secret: SECRET, maxAge: 3600 });
    const headers = new Headers();
    headers.append("Set-Cookie", `${sessionCookieName()}=${token}; Path=/; HttpOnly; SameSite=Lax`);
    headers.append("Set-Cookie", "next-auth.csrf-token=x; Path=/");
    const response = await withDeviceCookie(new Response('{"url":"/dashboard"}', { status: 200, headers }), SECRET);
    const lines = response.headers.getSetCookie();
    const device = lines.find((line) => line.startsWith(`${deviceCookieName()}=`));
    expect(device).toMatch(/HttpOnly/);
    expect(device).toMatch(/Max-Age=31536000/);
    const value = device!.split(";")[0]!;
    expect(trustedDevice(new Headers({ cookie: `other=1; ${value}` }), SECRET)?.userId).toBe("user-1");
    expect(await response.text()).toBe('{"url":"/dashboard"}');
  });

  test("sign-out (an emptied session cookie) and other responses pass unchanged", async () => {
    const cleared = new Response(null, { headers: { "Set-Cookie": `${sessionCookieName()}=; Path=/; Max-Age=0` } });
    expect(await withDeviceCookie(cleared, SECRET)).toBe(cleared);
    const plain = new Response("x");
    expect(await withDeviceCookie(plain, SECRET)).toBe(plain);
  });
});
