import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail";
import { accountExistsMail, verifyEmailMail } from "./account-mail";
import { hashPassword } from "./password";
import type { SignUpSchema } from "./schema";
import type { z } from "zod";

export const VERIFY_PREFIX = "verify-email:";
const VERIFY_TTL_MS = 24 * 3600_000;

function baseUrl(): string {
  return (env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export type SignUpOutcome = "created" | "exists";

/**
 * Registers an account and mails a confirmation link — or, when the address already
 * has an account, mails that fact instead. The caller answers "check your mail"
 * either way, so the form never tells anyone whether an address is registered.
 * The password is hashed in both cases, so timing does not tell them apart either.
 */
export async function signUpWithPassword(
  input: z.output<typeof SignUpSchema>,
  locale: string,
  now: Date = new Date(),
): Promise<SignUpOutcome> {
  const passwordHash = await hashPassword(input.password);
  try {
    await db().user.create({ data: { email: input.email, passwordHash, locale }, select: { id: true } });
  } catch (error) {
    // The unique index decides, not a prior lookup: two sign-ups racing for one email get one account.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      await sendMail(accountExistsMail(input.email, `${baseUrl()}/sign-in`));
      return "exists";
    }
    throw error;
  }
  const token = randomBytes(32).toString("base64url");
  await db().verificationToken.create({
    data: {
      identifier: `${VERIFY_PREFIX}${input.email}`,
      token: tokenHash(token),
      expires: new Date(now.getTime() + VERIFY_TTL_MS),
    },
  });
  const url = `${baseUrl()}/verify-email?token=${token}&email=${encodeURIComponent(input.email)}`;
  await sendMail(verifyEmailMail(input.email, url));
  return "created";
}

/** Confirms the address behind a link from verifyEmailMail; single use. */
export async function confirmEmail(token: unknown, now: Date = new Date()): Promise<boolean> {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return false;
  const hashed = tokenHash(token);
  const row = await db().verificationToken.findUnique({ where: { token: hashed } });
  if (!row || !row.identifier.startsWith(VERIFY_PREFIX)) return false;
  await db().verificationToken.deleteMany({ where: { token: hashed } });
  if (row.expires <= now) return false;
  const email = row.identifier.slice(VERIFY_PREFIX.length);
  const { count } = await db().user.updateMany({
    where: { email, emailVerified: null },
    data: { emailVerified: now },
  });
  return count === 1 || (await db().user.count({ where: { email, emailVerified: { not: null } } })) === 1;
}
