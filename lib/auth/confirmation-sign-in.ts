import "server-only";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { confirmEmail } from "./create-user";
import { servedOverHttps } from "@/lib/security/headers";
import { sessionCookieName } from "./session-cookie";
import { sessionMaxAgeMs, startSession } from "./sessions";

/**
 * Where the app's own pages are, for every redirect: NEXTAUTH_URL's origin, never the
 * request's URL (behind a proxy, or reached over the LAN, that names the server itself).
 */
export function appUrl(path: string): URL {
  return new URL(path, env().NEXTAUTH_URL ?? "http://localhost:3000");
}

export type ConfirmationSignIn = {
  userId: string;
  /** The language the account was created in: the page language when the link opens elsewhere. */
  locale: string;
  /** Two-step verification on: the session waits for the code, like any other sign-in. */
  twoFactorPending: boolean;
  cookie: {
    name: string;
    value: string;
    options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number };
  };
};

/**
 * The confirmation link signs the person in: the mailbox was just proven, as with an emailed
 * sign-in link. Once: only the request that consumes the token gets a session (confirmEmail).
 * The cookie is the one next-auth itself writes — a JWT naming a server-side session row.
 */
export async function signInWithConfirmation(
  token: unknown,
  now: Date = new Date(),
): Promise<ConfirmationSignIn | null> {
  const userId = await confirmEmail(token, now);
  if (!userId) return null;
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, locale: true } });
  const sid = await startSession(userId, now);
  const session = await db().session.findUniqueOrThrow({
    where: { sessionToken: sid },
    select: { twoFactorPending: true },
  });
  const maxAge = Math.floor(sessionMaxAgeMs() / 1000);
  const value = await encode({
    token: { sub: userId, email: user.email, sid },
    secret: env().NEXTAUTH_SECRET,
    maxAge,
  });
  return {
    userId,
    locale: user.locale,
    twoFactorPending: session.twoFactorPending,
    cookie: {
      name: sessionCookieName(),
      value,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: servedOverHttps(), maxAge },
    },
  };
}
