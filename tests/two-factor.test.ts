import { Secret, TOTP } from "otpauth";
import { describe, expect, test } from "vitest";
import {
  authOptions,
  beginTwoFactorEnrolment,
  completeTwoFactorSignIn,
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  loadSession,
  startSession,
  twoFactorStatus,
} from "@/lib/auth";
import { db } from "@/lib/db";
import { createTestUser } from "./factories/user";

function codeAt(secret: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: at.getTime() });
}

async function enrolled(now: Date) {
  const user = await createTestUser();
  const enrolment = await beginTwoFactorEnrolment(user.id, user.email);
  const result = await confirmTwoFactorEnrolment(user.id, codeAt(enrolment.secret, now), now);
  if (!result.ok) throw new Error(result.code);
  return { user, secret: enrolment.secret, recoveryCodes: result.recoveryCodes };
}

describe("two-factor sign-in (TOTP)", () => {
  test("enrolment: a QR code for an otpauth URI, confirmed by a first code, then ten recovery codes", async () => {
    const user = await createTestUser({ email: "totp@example.com" });
    const enrolment = await beginTwoFactorEnrolment(user.id, user.email);
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Recourse:totp%40example\.com\?/);
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const now = new Date("2026-06-01T08:00:00Z");
    expect(await confirmTwoFactorEnrolment(user.id, "000000", now)).toEqual({
      ok: false,
      code: "auth.twoFactorInvalid",
    });
    expect((await twoFactorStatus(user.id)).enabled).toBe(false);
    const confirmed = await confirmTwoFactorEnrolment(user.id, codeAt(enrolment.secret, now), now);
    expect(confirmed.ok && confirmed.recoveryCodes).toHaveLength(10);
    if (confirmed.ok) expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    expect(await twoFactorStatus(user.id)).toEqual({ enabled: true, recoveryCodesLeft: 10 });
    const stored = await db().recoveryCode.findMany({ where: { userId: user.id } });
    if (confirmed.ok) for (const row of stored) expect(confirmed.recoveryCodes).not.toContain(row.codeHash);
  });

  test("once on, every new session waits for a code — a magic-link sign-in included", async () => {
    const now = new Date("2026-06-01T09:00:00Z");
    const { user, secret } = await enrolled(now);
    // What next-auth's jwt callback does at sign-in, for either provider.
    const token = await authOptions().callbacks!.jwt!({
      token: {},
      user: { id: user.id, email: user.email },
      account: { provider: "email", type: "email", providerAccountId: user.email },
    } as never);
    const sid = String(token.sid);
    expect(await loadSession(sid)).toMatchObject({ twoFactorPending: true });

    const later = new Date(now.getTime() + 90_000);
    expect(await completeTwoFactorSignIn(sid, user.id, "123456", later)).toEqual({
      ok: false,
      code: "auth.twoFactorInvalid",
    });
    expect(await loadSession(sid)).toMatchObject({ twoFactorPending: true });
    expect(await completeTwoFactorSignIn(sid, user.id, codeAt(secret, later), later)).toEqual({ ok: true });
    expect(await loadSession(sid)).toMatchObject({ twoFactorPending: false });

    // The same code again (another session, same 30 s): refused, it was used.
    const second = await startSession(user.id, later);
    expect(await completeTwoFactorSignIn(second, user.id, codeAt(secret, later), later)).toEqual({
      ok: false,
      code: "auth.twoFactorInvalid",
    });
  });

  test("a recovery code works once, in any spelling of its dashes and case", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const { user, recoveryCodes } = await enrolled(now);
    const code = recoveryCodes[3]!;
    const sid = await startSession(user.id, now);
    expect(await completeTwoFactorSignIn(sid, user.id, code.replace("-", "").toUpperCase(), now)).toEqual({ ok: true });
    const again = await startSession(user.id, now);
    expect(await completeTwoFactorSignIn(again, user.id, code, now)).toEqual({
      ok: false,
      code: "auth.twoFactorInvalid",
    });
    expect((await twoFactorStatus(user.id)).recoveryCodesLeft).toBe(9);
  });

  test("has its own rate limit: after 5 wrong codes even the right one waits", async () => {
    const now = new Date("2026-06-01T11:00:00Z");
    const { user, secret } = await enrolled(now);
    const sid = await startSession(user.id, now);
    const at = new Date(now.getTime() + 120_000);
    for (let i = 0; i < 5; i++) {
      expect((await completeTwoFactorSignIn(sid, user.id, "000000", at)).ok).toBe(false);
    }
    expect(await completeTwoFactorSignIn(sid, user.id, codeAt(secret, at), at)).toEqual({
      ok: false,
      code: "auth.twoFactorRateLimited",
    });
  });

  test("turning it off needs a current code", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const { user, secret } = await enrolled(now);
    expect((await disableTwoFactor(user.id, "999999", now)).ok).toBe(false);
    const at = new Date(now.getTime() + 60_000);
    expect(await disableTwoFactor(user.id, codeAt(secret, at), at)).toEqual({ ok: true });
    expect(await twoFactorStatus(user.id)).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    expect(await loadSession(await startSession(user.id))).toMatchObject({ twoFactorPending: false });
  });
});
