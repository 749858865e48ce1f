import "server-only";
import { db } from "@/lib/db";
import { eraseAccount } from "@/lib/account";
import type { MessageKey } from "@/lib/i18n/translator";
import { removeOutboxMailFor } from "@/lib/mail";
import { VERIFY_PREFIX } from "./create-user";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-strength";
import type { ChangePasswordSchema } from "./schema";
import { revokeAllSessions } from "./sessions";
import type { z } from "zod";

export type ManageResult = { ok: true } | { ok: false; code: MessageKey; field?: string };

/** A new password ends every other session (a thief's included); this browser stays signed in. */
export async function changePassword(
  userId: string,
  sessionId: string,
  input: z.output<typeof ChangePasswordSchema>,
): Promise<ManageResult> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) return { ok: false, code: "common.notFoundBody" };
  if (user.passwordHash && !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    return { ok: false, code: "auth.wrongPassword", field: "currentPassword" };
  }
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) return { ok: false, code: problem, field: "newPassword" };
  await db().user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.newPassword) } });
  await revokeAllSessions(userId, sessionId);
  return { ok: true };
}

/**
 * Deletes the user and everything theirs: sign-in tokens and throttling counters keyed by
 * their address, then (lib/account eraseAccount) every row by cascade — sessions included,
 * so every browser is signed out — and every evidence blob, leaving only a deletion record
 * with a hashed id and counts.
 */
export async function deleteAccount(userId: string, confirmation: string): Promise<ManageResult> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) return { ok: true };
  const confirmed = user.passwordHash
    ? await verifyPassword(confirmation, user.passwordHash)
    : confirmation.trim().toLowerCase() === user.email;
  if (!confirmed) {
    return { ok: false, code: user.passwordHash ? "auth.wrongPassword" : "security.typeEmail", field: "confirmation" };
  }
  await db().verificationToken.deleteMany({
    where: { identifier: { in: [user.email, `${VERIFY_PREFIX}${user.email}`] } },
  });
  // Every counter whose key names the address or the user (lib/auth/rate-limit, lib/quotas).
  await db().rateLimit.deleteMany({
    where: {
      OR: [
        {
          key: {
            in: [
              `sign-in:account:${user.email}`,
              `magic-link:account:${user.email}`,
              `sign-up:account:${user.email}`,
              `two-factor:user:${userId}`,
              `quota:cases:${userId}`,
              `quota:uploads:${userId}`,
              `quota:exports:${userId}`,
            ],
          },
        },
        { key: { startsWith: `sign-in:account-ip:${user.email}:` } },
        { key: { startsWith: `magic-link:account-ip:${user.email}:` } },
      ],
    },
  });
  await eraseAccount(userId, new Date());
  // Mail written locally (no SMTP server) names the address: it goes with the account.
  await removeOutboxMailFor(user.email);
  return { ok: true };
}
