import "server-only";
import { db } from "@/lib/db";

export type RateLimitRule = { limit: number; windowMs: number };

// Sign-in throttles (per account and per client IP), shared by every replica through the database.
export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_IP: RateLimitRule = { limit: 30, windowMs: 15 * 60_000 };
export const MAGIC_LINK_PER_ACCOUNT: RateLimitRule = { limit: 3, windowMs: 15 * 60_000 };
export const SIGN_UP_PER_IP: RateLimitRule = { limit: 10, windowMs: 60 * 60_000 };

/**
 * Counts one attempt against `key` in a fixed window and says whether it is allowed.
 * One atomic upsert, so concurrent attempts on several replicas cannot both slip under the limit.
 */
export async function consumeRateLimit(key: string, rule: RateLimitRule, now: Date = new Date()): Promise<boolean> {
  const windowFloor = new Date(now.getTime() - rule.windowMs);
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowFloor} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowFloor} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count"`;
  return (rows[0]?.count ?? Infinity) <= rule.limit;
}

/** After a successful sign-in the account's failures no longer count. */
export async function resetRateLimit(key: string): Promise<void> {
  await db().rateLimit.deleteMany({ where: { key } });
}
