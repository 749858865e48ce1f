import "server-only";
import { db } from "@/lib/db";

export type RateLimitRule = { limit: number; windowMs: number };

// Throttles shared by every replica through the database. Sign-in counts per client
// address, per account *and* address (the tight one: it only slows the address that
// guesses), and per account overall (a loose ceiling against a guesser spread over
// many addresses). A browser that has signed in to the account before (its device cookie,
// ./device-cookie.ts) is counted only on its own: a guesser elsewhere cannot lock it out.
export const SIGN_IN_PER_IP: RateLimitRule = { limit: 30, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_ACCOUNT_AND_IP: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { limit: 50, windowMs: 60 * 60_000 };
export const SIGN_IN_PER_DEVICE: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };
// One carrier-NAT address is shared by thousands of people (issue 22): per-address limits are
// sized for that and only stop a flood; the tight limits are per account, beside them.
// Emailed links: per account *and* address, so requests from elsewhere never use up the
// owner's; the per-account ceiling (against a mail flood from many addresses) does not apply
// to a browser that has signed in to the account before.
export const MAGIC_LINK_PER_IP: RateLimitRule = { limit: 100, windowMs: 15 * 60_000 };
export const MAGIC_LINK_PER_ACCOUNT_AND_IP: RateLimitRule = { limit: 3, windowMs: 15 * 60_000 };
export const MAGIC_LINK_PER_ACCOUNT: RateLimitRule = { limit: 20, windowMs: 60 * 60_000 };
export const SIGN_UP_PER_IP: RateLimitRule = { limit: 300, windowMs: 60 * 60_000 };
export const SIGN_UP_PER_ACCOUNT: RateLimitRule = { limit: 3, windowMs: 60 * 60_000 };
export const TWO_FACTOR_PER_USER: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };

/** Rows whose window ended this long ago are deleted (every window here is ≤ 1 hour). */
const PRUNE_AFTER_MS = 24 * 3600_000;
const PRUNE_EVERY_MS = 10 * 60_000;
let lastPrune = 0;

/**
 * Counts one attempt against `key` in a fixed window and says whether it is allowed.
 * One atomic upsert, so concurrent attempts on several replicas cannot both slip under the limit.
 */
export async function consumeRateLimit(key: string, rule: RateLimitRule, now: Date = new Date()): Promise<boolean> {
  if (now.getTime() - lastPrune >= PRUNE_EVERY_MS) {
    lastPrune = now.getTime();
    await pruneRateLimits(now);
  }
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

/** Old counters are noise (and one row per forged or passing address): drop them. */
export async function pruneRateLimits(now: Date = new Date()): Promise<number> {
  const { count } = await db().rateLimit.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - PRUNE_AFTER_MS) } },
  });
  return count;
}
