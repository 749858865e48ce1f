import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/**
 * The one-click unsubscribe link carries the user id and an HMAC of it. The key
 * is derived from NEXTAUTH_SECRET with HKDF under its own label, so a token can
 * never be confused with a session and the app needs no second secret.
 */
function key(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "recourse", "reminder-unsubscribe-v1", 32));
}

function mac(userId: string, secret: string): Buffer {
  return createHmac("sha256", key(secret)).update(`unsubscribe:${userId}`).digest();
}

export function createUnsubscribeToken(userId: string, secret: string): string {
  return `${Buffer.from(userId).toString("base64url")}.${mac(userId, secret).toString("base64url")}`;
}

/** The user id the token was made for, or null for anything forged, truncated or malformed. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const [id, sig, ...rest] = token.split(".");
  if (!id || !sig || rest.length > 0 || token.length > 300) return null;
  const userId = Buffer.from(id, "base64url").toString("utf8");
  const given = Buffer.from(sig, "base64url");
  const expected = mac(userId, secret);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
