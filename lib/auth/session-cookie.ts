// The session cookie as next-auth v4 names and writes it: `__Secure-` prefixed and
// Secure when the app is served over https (NEXTAUTH_URL), plain on http://localhost.
// No database here: proxy.ts uses it on every request.
import { decode, encode, type JWT } from "next-auth/jwt";
import { servedOverHttps } from "@/lib/security/headers";
import { sessionCookieNameFor } from "@/lib/security/https-site.cjs";

export function sessionCookieName(): string {
  return sessionCookieNameFor(servedOverHttps());
}

export async function decodeSessionCookie(value: string | undefined, secret: string): Promise<JWT | null> {
  if (!value) return null;
  try {
    return await decode({ token: value, secret });
  } catch {
    return null;
  }
}

/** A fresh JWT with the same claims and a new expiry: what makes the cookie's lifetime slide. */
export async function reissueSessionCookie(token: JWT, secret: string, maxAgeSeconds: number): Promise<string> {
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  return encode({ token: claims, secret, maxAge: maxAgeSeconds });
}
