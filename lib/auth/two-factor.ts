import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { TWO_FACTOR_PER_USER, consumeRateLimit, resetRateLimit } from "./rate-limit";
import { markTwoFactorPassed } from "./sessions";

// Time-based one-time codes (RFC 6238, 30 s, 6 digits, SHA-1: what every authenticator app
// reads) with ten single-use recovery codes. Codes are checked ±1 step for clock drift, and a
// step once accepted is never accepted again, so a code seen over a shoulder cannot be replayed.

const ISSUER = "Recourse";
export const RECOVERY_CODE_COUNT = 10;

function totp(secret: string, label = "user"): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

function hashCode(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

/** "abcd-efgh-ij" style, from an alphabet without look-alikes. */
function newRecoveryCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

function normaliseRecoveryCode(input: string): string {
  const compact = input.toLowerCase().replace(/[^a-z0-9]/g, "");
  return compact.length === 10 ? `${compact.slice(0, 5)}-${compact.slice(5)}` : compact;
}

export type Enrolment = { secret: string; uri: string; qrSvg: string };

/** Step 1: a new secret, kept as pending until a code from the app confirms it. */
export async function beginTwoFactorEnrolment(userId: string, email: string): Promise<Enrolment> {
  const secret = new Secret({ size: 20 }).base32;
  await db().user.update({ where: { id: userId }, data: { totpPendingSecret: secret } });
  const uri = totp(secret, email).toString();
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return { secret, uri, qrSvg };
}

/** Step 2: the first code proves the app has the secret; two-factor is on and the recovery codes are shown once. */
export async function confirmTwoFactorEnrolment(
  userId: string,
  code: string,
  now: Date = new Date(),
): Promise<
  { ok: true; recoveryCodes: string[] } | { ok: false; code: "auth.twoFactorInvalid" | "auth.twoFactorRateLimited" }
> {
  if (!(await consumeRateLimit(`two-factor:user:${userId}`, TWO_FACTOR_PER_USER, now))) {
    return { ok: false, code: "auth.twoFactorRateLimited" };
  }
  const user = await db().user.findUnique({ where: { id: userId }, select: { totpPendingSecret: true } });
  const step = user?.totpPendingSecret ? matchingStep(user.totpPendingSecret, code, now) : null;
  if (step === null || !user?.totpPendingSecret) return { ok: false, code: "auth.twoFactorInvalid" };
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db().$transaction([
    db().recoveryCode.deleteMany({ where: { userId } }),
    db().recoveryCode.createMany({ data: recoveryCodes.map((c) => ({ userId, codeHash: hashCode(c) })) }),
    db().user.update({
      where: { id: userId },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    }),
  ]);
  await resetRateLimit(`two-factor:user:${userId}`);
  return { ok: true, recoveryCodes };
}

function matchingStep(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 30_000) + delta;
}

export type SecondFactorResult =
  { ok: true } | { ok: false; code: "auth.twoFactorInvalid" | "auth.twoFactorRateLimited" };

/** A TOTP code or an unused recovery code for the user; rate-limited per user. */
export async function verifySecondFactor(
  userId: string,
  code: string,
  now: Date = new Date(),
): Promise<SecondFactorResult> {
  if (typeof code !== "string" || code.length > 40) return { ok: false, code: "auth.twoFactorInvalid" };
  if (!(await consumeRateLimit(`two-factor:user:${userId}`, TWO_FACTOR_PER_USER, now))) {
    return { ok: false, code: "auth.twoFactorRateLimited" };
  }
  const user = await db().user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpLastStep: true } });
  if (!user?.totpSecret) return { ok: false, code: "auth.twoFactorInvalid" };

  const step = matchingStep(user.totpSecret, code, now);
  if (step !== null) {
    // Compare-and-set on the last step: a replayed (or concurrent) code loses.
    const { count } = await db().user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    if (count === 1) {
      await resetRateLimit(`two-factor:user:${userId}`);
      return { ok: true };
    }
    return { ok: false, code: "auth.twoFactorInvalid" };
  }

  const { count } = await db().recoveryCode.updateMany({
    where: { userId, codeHash: hashCode(normaliseRecoveryCode(code)), usedAt: null },
    data: { usedAt: now },
  });
  if (count === 1) {
    await resetRateLimit(`two-factor:user:${userId}`);
    return { ok: true };
  }
  return { ok: false, code: "auth.twoFactorInvalid" };
}

/** The code step of sign-in: the session stops being pending once a code is accepted. */
export async function completeTwoFactorSignIn(
  sessionId: string,
  userId: string,
  code: string,
  now: Date = new Date(),
): Promise<SecondFactorResult> {
  const result = await verifySecondFactor(userId, code, now);
  if (result.ok) await markTwoFactorPassed(sessionId);
  return result;
}

export async function twoFactorStatus(userId: string): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
  const [user, left] = await Promise.all([
    db().user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } }),
    db().recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enabled: Boolean(user?.totpEnabledAt), recoveryCodesLeft: left };
}

/** Turning it off needs a current code (or recovery code), not just the open session. */
export async function disableTwoFactor(
  userId: string,
  code: string,
  now: Date = new Date(),
): Promise<SecondFactorResult> {
  const result = await verifySecondFactor(userId, code, now);
  if (!result.ok) return result;
  await db().$transaction([
    db().recoveryCode.deleteMany({ where: { userId } }),
    db().user.update({
      where: { id: userId },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
    }),
  ]);
  return { ok: true };
}
