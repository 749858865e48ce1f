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
  /**
   * First-aid answers to open a case with once the address is confirmed (lib/first-aid
   * carriedAnswers, already validated). They ride in the links of the mail, not in the
   * database: docs/decisions/0024-first-aid-answers-in-the-url.md.
   */
  carried?: { answers: string; path: string },
): Promise<SignUpOutcome> {
  const passwordHash = await hashPassword(input.password);
  try {
    await db().user.create({ data: { email: input.email, passwordHash, locale }, select: { id: true } });
  } catch (error) {
    // The unique index decides, not a prior lookup: two sign-ups racing for one email get one account.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const signIn = carried ? `/sign-in?${new URLSearchParams({ callbackUrl: carried.path })}` : "/sign-in";
      await sendMail(accountExistsMail(input.email, `${baseUrl()}${signIn}`));
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
  const query = new URLSearchParams({ token, email: input.email, ...(carried ? { answers: carried.answers } : {}) });
  const url = `${baseUrl()}/verify-email?${query}`;
  await sendMail(verifyEmailMail(input.email, url));
  return "created";
}

/**
 * Confirms the address behind a link from verifyEmailMail; single use: the token row is
 * deleted by the first request, and only the request that deleted it gets the user's id
 * (a second click, or two racing, gets null).
 */
export async function confirmEmail(token: unknown, now: Date = new Date()): Promise<string | null> {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return null;
  const hashed = tokenHash(token);
  const row = await db().verificationToken.findUnique({ where: { token: hashed } });
  if (!row || !row.identifier.startsWith(VERIFY_PREFIX)) return null;
  const { count: claimed } = await db().verificationToken.deleteMany({ where: { token: hashed } });
  if (claimed !== 1 || row.expires <= now) return null;
  const email = row.identifier.slice(VERIFY_PREFIX.length);
  await db().user.updateMany({ where: { email, emailVerified: null }, data: { emailVerified: now } });
  const user = await db().user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  return user?.emailVerified ? user.id : null;
}
