import { describe, expect, test } from "vitest";
import { EMAIL_UNVERIFIED, RATE_LIMITED, authorizeCredentials, signUpWithPassword } from "@/lib/auth";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address.mjs";
import { hashQueueStats } from "@/lib/auth/hash-queue";
import {
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ACCOUNT_AND_IP,
  SIGN_IN_PER_DEVICE,
  SIGN_IN_PER_IP,
  consumeRateLimit,
  pruneRateLimits,
} from "@/lib/auth/rate-limit";
import { SignUpSchema } from "@/lib/auth/schema";
import { db } from "@/lib/db";
import { deviceCookieName, issueDeviceCookie, verifyDeviceCookie } from "@/lib/auth/device-cookie";

const SECRET = "test-secret-that-is-long-enough-for-the-env-check";

const PASSWORD = "correct horse battery";
let ipCounter = 0;
const freshIp = () => ({ [CLIENT_ADDRESS_HEADER]: `203.0.113.${++ipCounter}` });

async function verifiedUser(email: string): Promise<string> {
  await signUpWithPassword(SignUpSchema.parse({ email, password: PASSWORD }), "zh-CN");
  const user = await db().user.update({ where: { email }, data: { emailVerified: new Date() }, select: { id: true } });
  return user.id;
}

describe("credentials sign-in", () => {
  test("normalises the email and signs in with the right password only, once the email is confirmed", async () => {
    await signUpWithPassword(SignUpSchema.parse({ email: "Li.Wei@Example.com", password: PASSWORD }), "zh-CN");
    const stored = await db().user.findUniqueOrThrow({ where: { email: "li.wei@example.com" } });
    expect(stored.passwordHash).not.toContain(PASSWORD);
    expect(stored.emailVerified).toBeNull();
    await expect(authorizeCredentials({ email: "li.wei@example.com", password: PASSWORD }, freshIp())).rejects.toThrow(
      EMAIL_UNVERIFIED,
    );
    await db().user.update({ where: { id: stored.id }, data: { emailVerified: new Date() } });
    expect(await authorizeCredentials({ email: "LI.WEI@example.com", password: PASSWORD }, freshIp())).toEqual({
      id: stored.id,
      email: "li.wei@example.com",
    });
    expect(
      await authorizeCredentials({ email: "li.wei@example.com", password: "wrong password" }, freshIp()),
    ).toBeNull();
    expect(await authorizeCredentials({ email: "nobody@example.com", password: PASSWORD }, freshIp())).toBeNull();
    expect(await authorizeCredentials({ email: "not an email", password: PASSWORD }, freshIp())).toBeNull();
  });

  test("a guesser is throttled per account and address; the owner from elsewhere still signs in", async () => {
    const id = await verifiedUser("target@example.com");
    const attacker = { [CLIENT_ADDRESS_HEADER]: "198.51.100.66" };
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT_AND_IP.limit; i++) {
      expect(await authorizeCredentials({ email: "target@example.com", password: "guess-" + i }, attacker)).toBeNull();
    }
    // Now even the right password from the attacker's address is refused…
    await expect(authorizeCredentials({ email: "target@example.com", password: PASSWORD }, attacker)).rejects.toThrow(
      RATE_LIMITED,
    );
    // …but the owner, at home, is not locked out.
    expect(await authorizeCredentials({ email: "target@example.com", password: PASSWORD }, freshIp())).toEqual({
      id,
      email: "target@example.com",
    });
  });

  test("a guesser spread over many addresses meets the per-account ceiling", async () => {
    await verifiedUser("spread@example.com");
    // Counting is what is tested, not hashing: pre-fill the counter as SIGN_IN_PER_ACCOUNT attempts would.
    await db().rateLimit.create({
      data: { key: "sign-in:account:spread@example.com", windowStart: new Date(), count: SIGN_IN_PER_ACCOUNT.limit },
    });
    await expect(authorizeCredentials({ email: "spread@example.com", password: PASSWORD }, freshIp())).rejects.toThrow(
      RATE_LIMITED,
    );
  });

  test("a device that has signed in is not counted against the per-account ceiling (OWASP device cookie)", async () => {
    const id = await verifiedUser("owner-device@example.com");
    const home = { [CLIENT_ADDRESS_HEADER]: "198.51.100.200" };
    const device = `${deviceCookieName()}=${issueDeviceCookie(id, SECRET)}`;
    // The probe: guesses from many addresses fill the per-account ceiling…
    await db().rateLimit.create({
      data: {
        key: "sign-in:account:owner-device@example.com",
        windowStart: new Date(),
        count: SIGN_IN_PER_ACCOUNT.limit,
      },
    });
    // …and the same address fills the owner's address buckets too (carrier NAT).
    await db().rateLimit.createMany({
      data: [
        { key: "sign-in:ip:198.51.100.200", windowStart: new Date(), count: SIGN_IN_PER_IP.limit },
        {
          key: "sign-in:account-ip:owner-device@example.com:198.51.100.200",
          windowStart: new Date(),
          count: SIGN_IN_PER_ACCOUNT_AND_IP.limit,
        },
      ],
    });
    // Without the cookie the owner is refused; with it, his right password works.
    await expect(authorizeCredentials({ email: "owner-device@example.com", password: PASSWORD }, home)).rejects.toThrow(
      RATE_LIMITED,
    );
    expect(
      await authorizeCredentials(
        { email: "owner-device@example.com", password: PASSWORD },
        { ...home, cookie: device },
      ),
    ).toEqual({ id, email: "owner-device@example.com" });
  });

  test("the device cookie counts on its own, and only for its own account; a forged one is ignored", async () => {
    const id = await verifiedUser("device-own@example.com");
    await verifiedUser("device-other@example.com");
    const cookie = `${deviceCookieName()}=${issueDeviceCookie(id, SECRET)}`;
    for (let i = 0; i < SIGN_IN_PER_DEVICE.limit; i++) {
      expect(
        await authorizeCredentials(
          { email: "device-own@example.com", password: "guess-" + i },
          { ...freshIp(), cookie },
        ),
      ).toBeNull();
    }
    await expect(
      authorizeCredentials({ email: "device-own@example.com", password: PASSWORD }, { ...freshIp(), cookie }),
    ).rejects.toThrow(RATE_LIMITED);
    // For another account the cookie is nothing: that account's own ceilings apply.
    await db().rateLimit.create({
      data: {
        key: "sign-in:account:device-other@example.com",
        windowStart: new Date(),
        count: SIGN_IN_PER_ACCOUNT.limit,
      },
    });
    await expect(
      authorizeCredentials({ email: "device-other@example.com", password: PASSWORD }, { ...freshIp(), cookie }),
    ).rejects.toThrow(RATE_LIMITED);
    const forged = issueDeviceCookie(id, "another-secret-another-secret-another-secret");
    expect(verifyDeviceCookie(forged, SECRET)).toBeNull();
    expect(verifyDeviceCookie(issueDeviceCookie(id, SECRET), SECRET)?.userId).toBe(id);
    expect(verifyDeviceCookie("a.b", SECRET)).toBeNull();
  });

  test("limits one client address across many accounts, before any hashing", async () => {
    const ip = { [CLIENT_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "1.2.3.4" };
    await db().rateLimit.create({
      data: { key: "sign-in:ip:198.51.100.7", windowStart: new Date(), count: SIGN_IN_PER_IP.limit },
    });
    const started = hashQueueStats();
    await expect(authorizeCredentials({ email: "spray@example.com", password: PASSWORD }, ip)).rejects.toThrow(
      RATE_LIMITED,
    );
    expect(hashQueueStats()).toEqual(started);
    // A different X-Forwarded-For is not a different client: the launcher's address header decides.
    const forged = { [CLIENT_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "9.9.9.9" };
    await expect(authorizeCredentials({ email: "spray2@example.com", password: PASSWORD }, forged)).rejects.toThrow(
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

  test("old counters are pruned, recent ones kept", async () => {
    const now = new Date("2026-03-01T12:00:00Z");
    await db().rateLimit.createMany({
      data: [
        { key: "old-1", windowStart: new Date("2026-02-27T00:00:00Z"), count: 3 },
        { key: "old-2", windowStart: new Date("2026-02-28T11:00:00Z"), count: 1 },
        { key: "recent", windowStart: new Date("2026-03-01T11:30:00Z"), count: 1 },
      ],
    });
    expect(await pruneRateLimits(now)).toBeGreaterThanOrEqual(2);
    const left = (await db().rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(left).toContain("recent");
    expect(left).not.toContain("old-1");
    expect(left).not.toContain("old-2");
  });
});
