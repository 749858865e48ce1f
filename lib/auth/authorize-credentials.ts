import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { trustedDevice } from "./device-cookie";
import { burnPasswordCheck, verifyPassword } from "./password";
import { clientIp } from "./client-ip";
import { HashQueueFull } from "./hash-queue";
import {
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ACCOUNT_AND_IP,
  SIGN_IN_PER_DEVICE,
  SIGN_IN_PER_IP,
  consumeRateLimit,
  resetRateLimit,
} from "./rate-limit";
import { SignInSchema } from "./schema";

export const RATE_LIMITED = "rate_limited";
export const EMAIL_UNVERIFIED = "email_unverified";

/**
 * The credentials check behind sign-in. Returns the user, or null for a wrong
 * email/password (the same answer for both); throws RATE_LIMITED when the client
 * address, the account from this address, or the account overall has tried too often
 * — always before any hashing, so throttled attempts cost nothing — and
 * EMAIL_UNVERIFIED for a right password on an address not yet confirmed. A browser carrying
 * this account's device cookie is counted only against its own counter.
 */
export async function authorizeCredentials(
  raw: unknown,
  headers: Headers | Record<string, string | string[] | undefined>,
): Promise<{ id: string; email: string } | null> {
  const parsed = SignInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIp(headers);
  const accountIpKey = `sign-in:account-ip:${email}:${ip}`;
  // A browser that signed in to this account before counts only against itself (OWASP's
  // device cookie): the address and account ceilings a guesser fills do not apply to it.
  const device = trustedDevice(headers, env().NEXTAUTH_SECRET);
  const known = device ? await db().user.findUnique({ where: { email }, select: { id: true } }) : null;
  const deviceKey = device && known?.id === device.userId ? `sign-in:device:${device.nonce}` : null;
  const allowed = deviceKey
    ? await consumeRateLimit(deviceKey, SIGN_IN_PER_DEVICE)
    : (await consumeRateLimit(`sign-in:ip:${ip}`, SIGN_IN_PER_IP)) &&
      (await consumeRateLimit(accountIpKey, SIGN_IN_PER_ACCOUNT_AND_IP)) &&
      (await consumeRateLimit(`sign-in:account:${email}`, SIGN_IN_PER_ACCOUNT));
  if (!allowed) throw new Error(RATE_LIMITED);

  try {
    const user = await db().user.findUnique({
      where: { email },
      select: { id: true, email: true, passwordHash: true, emailVerified: true },
    });
    if (!user?.passwordHash) {
      await burnPasswordCheck(password);
      return null;
    }
    if (!(await verifyPassword(password, user.passwordHash))) return null;
    if (!user.emailVerified) throw new Error(EMAIL_UNVERIFIED);
    await resetRateLimit(deviceKey ?? accountIpKey);
    return { id: user.id, email: user.email };
  } catch (error) {
    if (error instanceof HashQueueFull) throw new Error(RATE_LIMITED);
    throw error;
  }
}
