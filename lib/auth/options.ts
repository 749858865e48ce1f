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
import { MAGIC_LINK_PER_ACCOUNT, consumeRateLimit } from "./rate-limit";

let cached: NextAuthOptions | undefined;

/** Built on first use, not at import: `next build` must not need a database or secrets. */
export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const config = env();
  cached = {
    secret: config.NEXTAUTH_SECRET,
    // The adapter is typed against the default @prisma/client output; our generated
    // client (lib/db/generated) has the same user/account/session/verificationToken models.
    adapter: PrismaAdapter(db() as unknown as Parameters<typeof PrismaAdapter>[0]),
    // Credentials and email together need JWT sessions (next-auth v4).
    session: { strategy: "jwt", maxAge: config.SESSION_MAX_AGE_HOURS * 3600, updateAge: 3600 },
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
        async sendVerificationRequest({ identifier, url }) {
          const email = identifier.trim().toLowerCase();
          if (!(await consumeRateLimit(`magic-link:account:${email}`, MAGIC_LINK_PER_ACCOUNT))) {
            throw new Error("rate_limited");
          }
          await sendMail(magicLinkMail(email, url, new URL(url).host));
        },
      }),
    ],
    callbacks: {
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
  return cached;
}
