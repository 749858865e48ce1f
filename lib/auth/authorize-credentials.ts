import "server-only";
import { db } from "@/lib/db";
import { burnPasswordCheck, verifyPassword } from "./password";
import { env } from "@/lib/env";
import { clientIp } from "./client-ip";
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP, consumeRateLimit, resetRateLimit } from "./rate-limit";
import { SignInSchema } from "./schema";

export const RATE_LIMITED = "rate_limited";

/**
 * The credentials check behind sign-in. Returns the user, or null for a wrong
 * email/password (the same answer for both); throws RATE_LIMITED when the
 * account or the client IP has tried too often (next-auth reports it as the error code).
 */
export async function authorizeCredentials(
  raw: unknown,
  headers: Headers | Record<string, string | string[] | undefined>,
): Promise<{ id: string; email: string } | null> {
  const parsed = SignInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const accountKey = `sign-in:account:${email}`;
  const ipAllowed = await consumeRateLimit(`sign-in:ip:${clientIp(headers, env().TRUSTED_PROXY_HOPS)}`, SIGN_IN_PER_IP);
  const accountAllowed = await consumeRateLimit(accountKey, SIGN_IN_PER_ACCOUNT);
  if (!ipAllowed || !accountAllowed) throw new Error(RATE_LIMITED);

  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true } });
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  await resetRateLimit(accountKey);
  return { id: user.id, email: user.email };
}
