import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: the whole secret of a feed URL. */
export function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps: a leaked table does not give anyone a working feed URL. */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Shape check before touching the database: anything else is a 404 straight away. */
export function isFeedTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
