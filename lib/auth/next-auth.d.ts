import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user?: DefaultSession["user"] & { id?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** Session row token (lib/auth/sessions.ts): the cookie is valid only while that row is. */
    sid?: string;
  }
}
