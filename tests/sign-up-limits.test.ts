import { readFile } from "node:fs/promises";
import { describe, expect, test, vi } from "vitest";
import { SIGN_UP_PER_ACCOUNT, SIGN_UP_PER_IP } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address.mjs";

// The sign-up action as the form calls it; only Next's request scope (headers, locale) is
// supplied here. Limits, hashing and the database are real.
const request = vi.hoisted(() => ({ address: "100.64.0.1" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-recourse-client-address": request.address }),
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN" }));
const { signUp } = await import("@/app/(auth)/actions");

const PASSWORD = "plum kettle orbit saffron";

describe("sign-up limits that fit carrier NAT (issue 22)", () => {
  test("many people behind one carrier-NAT address can each sign up", async () => {
    expect(CLIENT_ADDRESS_HEADER).toBe("x-recourse-client-address");
    expect(SIGN_UP_PER_IP.limit).toBeGreaterThanOrEqual(200);
    request.address = "100.64.0.10";
    // More than the old limit of 10 per address per hour.
    for (let i = 0; i < 12; i++) {
      expect(await signUp({ email: `neighbour-${i}@example.com`, password: PASSWORD }), `person ${i}`).toEqual({
        ok: true,
        data: null,
      });
    }
  });

  test("the guard beside it is per account: the same address signed up again and again", async () => {
    for (let i = 0; i < SIGN_UP_PER_ACCOUNT.limit; i++) {
      request.address = `198.51.100.${i + 1}`;
      expect((await signUp({ email: "Again@example.com", password: PASSWORD })).ok).toBe(true);
    }
    request.address = "198.51.100.99";
    expect(await signUp({ email: "again@example.com", password: PASSWORD })).toMatchObject({
      ok: false,
      code: "auth.signUpLimitAccount",
    });
    // Someone else from that address is not held back by it.
    expect((await signUp({ email: "other@example.com", password: PASSWORD })).ok).toBe(true);
  });

  test("a flood from one address meets the per-address limit, and its message points to this page's link", async () => {
    request.address = "100.64.0.20";
    await db().rateLimit.create({
      data: { key: "sign-up:ip:100.64.0.20", windowStart: new Date(), count: SIGN_UP_PER_IP.limit },
    });
    expect(await signUp({ email: "late@example.com", password: PASSWORD })).toMatchObject({
      ok: false,
      code: "auth.signUpLimitAddress",
    });
    // The way forward each message names is on the sign-up page: the sign-in link below the form.
    const page = await readFile("app/(auth)/sign-up/page.tsx", "utf8");
    const form = page.indexOf("<SignUpForm");
    expect(form).toBeGreaterThan(-1);
    // The link's href is "/sign-in" (or, carrying first-aid answers, "/sign-in?callbackUrl=…").
    expect(page.search(/href=(\{[^\n]*)?"\/sign-in"/)).toBeGreaterThan(form);
    for (const key of ["signUpLimitAddress", "signUpLimitAccount"] as const) {
      expect(en.auth[key]).toMatch(/sign in with the link below/);
      expect(zh.auth[key]).toContain("点下方的链接登录");
      expect(en.auth[key]).not.toMatch(/email link/i);
    }
  });
});
