import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail";
import { authorizeCredentials } from "./authorize-credentials";
import { magicLinkMail } from "./magic-link-mail";
import { safeRedirect } from "./safe-redirect";
import { MagicLinkSchema } from "./schema";
import { loadSession, revokeSession, startSession } from "./sessions";

let cached: NextAuthOptions | undefined;

/** Built on first use, not at import: `next build` must not need a database or secrets. */
export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const config = env();
  const maxAge = config.SESSION_MAX_AGE_HOURS * 3600;
  cached = {
    secret: config.NEXTAUTH_SECRET,
    // The adapter is typed against the default @prisma/client output; our generated
    // client (lib/db/generated) has the same user/account/session/verificationToken models.
    adapter: PrismaAdapter(db() as unknown as Parameters<typeof PrismaAdapter>[0]),
    // Credentials and email together need JWT sessions (next-auth v4). The JWT names a
    // Session row (sid) that the server can delete: see ./sessions.ts. proxy.ts re-issues
    // the cookie as it is used, so both the cookie and the row expire maxAge after last use.
    session: { strategy: "jwt", maxAge, updateAge: 3600 },
    jwt: { maxAge },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        authorize: (credentials, req) => authorizeCredentials(credentials, req.headers ?? {}),
      }),
      EmailProvider({
        from: config.MAIL_FROM,
        maxAge: 24 * 3600,
        // The sign-up form's own rules, before any token or account is created.
        normalizeIdentifier(identifier) {
          const parsed = MagicLinkSchema.safeParse({ email: identifier });
          if (!parsed.success) throw new Error("invalid_email");
          return parsed.data.email;
        },
        // Every link limit is checked before next-auth runs (./guard-auth-request.ts), where the
        // request's address and device cookie are known.
        async sendVerificationRequest({ identifier, url }) {
          await sendMail(magicLinkMail(identifier, url, new URL(url).host));
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        // Only at sign-in is `user` set: open the server-side session the cookie will name.
        if (user?.id) return { sub: user.id, email: user.email, sid: await startSession(user.id) };
        return token;
      },
      async session({ session, token }) {
        const state = await loadSession(token.sid);
        if (!state || state.twoFactorPending) return { expires: session.expires };
        return { expires: session.expires, user: { id: state.userId, email: state.email } };
      },
      redirect({ url, baseUrl }) {
        return safeRedirect(url, baseUrl);
      },
    },
    events: {
      async signOut({ token }) {
        await revokeSession(token?.sid);
      },
    },
  };
  return cached;
}
