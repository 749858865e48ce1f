// The device cookie OWASP describes ("Slow brute-force attacks and device cookies"): a browser
// that has signed in to an account carries a signed note saying so. Guesses from elsewhere
// fill the account's overall ceilings; this browser is not counted against them, so a guesser
// cannot lock the owner out of his own device. The browser gets its own small counter instead
// (keyed by the cookie's nonce), so a stolen cookie buys no more guesses than an address.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { servedOverHttps } from "@/lib/security/headers";
import { decodeSessionCookie, sessionCookieName } from "./session-cookie";

/** A year: the point is to recognise the owner's phone next month too. */
export const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 3600;

export function deviceCookieName(): string {
  return `${servedOverHttps() ? "__Host-" : ""}recourse-device`;
}

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`recourse-device:${payload}`).digest("base64url");
}

/** `<user id>.<nonce>.<signature>`: no email in it, nothing a reader learns but an opaque id. */
export function issueDeviceCookie(userId: string, secret: string): string {
  const payload = `${Buffer.from(userId).toString("base64url")}.${randomBytes(16).toString("base64url")}`;
  return `${payload}.${sign(payload, secret)}`;
}

export type TrustedDevice = { userId: string; nonce: string };

export function verifyDeviceCookie(value: string | undefined | null, secret: string): TrustedDevice | null {
  const parts = (value ?? "").split(".");
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]{1,200}$/.test(p))) return null;
  const [user, nonce, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${user}.${nonce}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId: Buffer.from(user, "base64url").toString(), nonce };
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** The device cookie of a request, verified; null when absent, forged, or for another secret. */
export function trustedDevice(headers: HeaderSource, secret: string): TrustedDevice | null {
  const raw = headers instanceof Headers ? headers.get("cookie") : headers.cookie;
  const cookie = (Array.isArray(raw) ? raw.join("; ") : (raw ?? ""))
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${deviceCookieName()}=`));
  return cookie ? verifyDeviceCookie(cookie.slice(deviceCookieName().length + 1), secret) : null;
}

/** The Set-Cookie line for a browser that has just signed in to `userId`. */
export function deviceSetCookie(userId: string, secret: string): string {
  const attributes = [
    `${deviceCookieName()}=${issueDeviceCookie(userId, secret)}`,
    "Path=/",
    `Max-Age=${DEVICE_COOKIE_MAX_AGE_S}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(servedOverHttps() ? ["Secure"] : []),
  ];
  return attributes.join("; ");
}

/**
 * A response from next-auth that signs someone in (it sets a fresh session cookie) also gets
 * the device cookie for that account. Every other response passes unchanged.
 */
export async function withDeviceCookie(response: Response, secret: string): Promise<Response> {
  const name = sessionCookieName();
  const session = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .find((pair) => pair.startsWith(`${name}=`) && pair.length > name.length + 1);
  if (!session) return response;
  const token = await decodeSessionCookie(session.slice(name.length + 1), secret);
  if (typeof token?.sub !== "string") return response;
  const headers = new Headers(response.headers);
  headers.append("Set-Cookie", deviceSetCookie(token.sub, secret));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
