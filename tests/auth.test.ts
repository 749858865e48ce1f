import { describe, expect, test } from "vitest";
import { RATE_LIMITED, authorizeCredentials, createUserWithPassword } from "@/lib/auth";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP, consumeRateLimit } from "@/lib/auth/rate-limit";
import { SignUpSchema } from "@/lib/auth/schema";
import { db } from "@/lib/db";

const PASSWORD = "correct horse battery";
let ipCounter = 0;
const freshIp = () => ({ "x-forwarded-for": `203.0.113.${++ipCounter}` });

async function signUp(email: string) {
  const result = await createUserWithPassword(SignUpSchema.parse({ email, password: PASSWORD }), "zh-CN");
  if (!result.ok) throw new Error(result.code);
  return result.userId;
}

describe("passwords", () => {
  test("are stored as salted scrypt hashes with OWASP parameters", async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword("correct horse battery!", a)).toBe(false);
    expect(await verifyPassword(PASSWORD, "md5$abc")).toBe(false);
  });
});

describe("sign-up and credentials sign-in", () => {
  test("normalises the email, refuses a duplicate, and signs in with the right password only", async () => {
    const id = await signUp("Li.Wei@Example.com");
    const stored = await db().user.findUniqueOrThrow({ where: { id } });
    expect(stored.email).toBe("li.wei@example.com");
    expect(stored.passwordHash).not.toContain(PASSWORD);

    const again = await createUserWithPassword(
      SignUpSchema.parse({ email: "li.wei@example.com", password: PASSWORD }),
      "en",
    );
    expect(again).toEqual({ ok: false, code: "email_taken" });

    expect(await authorizeCredentials({ email: "LI.WEI@example.com", password: PASSWORD }, freshIp())).toEqual({
      id,
      email: "li.wei@example.com",
    });
    expect(
      await authorizeCredentials({ email: "li.wei@example.com", password: "wrong password" }, freshIp()),
    ).toBeNull();
    expect(await authorizeCredentials({ email: "nobody@example.com", password: PASSWORD }, freshIp())).toBeNull();
    expect(await authorizeCredentials({ email: "not an email", password: PASSWORD }, freshIp())).toBeNull();
  });

  test("locks an account after too many failures, even from many IPs, and a success clears it", async () => {
    await signUp("target@example.com");
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT.limit; i++) {
      expect(await authorizeCredentials({ email: "target@example.com", password: "guess-" + i }, freshIp())).toBeNull();
    }
    await expect(authorizeCredentials({ email: "target@example.com", password: PASSWORD }, freshIp())).rejects.toThrow(
      RATE_LIMITED,
    );
    await db().rateLimit.deleteMany({ where: { key: "sign-in:account:target@example.com" } });
    expect(await authorizeCredentials({ email: "target@example.com", password: PASSWORD }, freshIp())).not.toBeNull();
    expect(await db().rateLimit.count({ where: { key: "sign-in:account:target@example.com" } })).toBe(0);
  });

  test("limits one IP across many accounts", async () => {
    const ip = { "x-forwarded-for": "198.51.100.7" };
    for (let i = 0; i < SIGN_IN_PER_IP.limit; i++) {
      expect(await authorizeCredentials({ email: `spray-${i}@example.com`, password: PASSWORD }, ip)).toBeNull();
    }
    await expect(authorizeCredentials({ email: "spray-last@example.com", password: PASSWORD }, ip)).rejects.toThrow(
      RATE_LIMITED,
    );
  });
});

describe("rate limit windows", () => {
  test("count within a window, then start again once it has passed", async () => {
    const rule = { limit: 2, windowMs: 60_000 };
    const t0 = new Date("2026-01-01T00:00:00Z");
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect(await consumeRateLimit("k", rule, at(0))).toBe(true);
    expect(await consumeRateLimit("k", rule, at(1_000))).toBe(true);
    expect(await consumeRateLimit("k", rule, at(59_000))).toBe(false);
    expect(await consumeRateLimit("k", rule, at(60_001))).toBe(true);
  });

  test("concurrent attempts cannot slip past the limit together", async () => {
    const rule = { limit: 5, windowMs: 60_000 };
    const now = new Date("2026-02-01T00:00:00Z");
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit("burst", rule, now)));
    expect(results.filter(Boolean)).toHaveLength(5);
  });
});

describe("sessions", () => {
  test("are JWTs that expire after SESSION_MAX_AGE_HOURS (default 7 days)", async () => {
    const { authOptions } = await import("@/lib/auth");
    expect(authOptions().session).toMatchObject({ strategy: "jwt", maxAge: 7 * 24 * 3600 });
  });
});
