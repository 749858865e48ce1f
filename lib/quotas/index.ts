import "server-only";
import { consumeRateLimit, type RateLimitRule } from "@/lib/auth/rate-limit";
import { db, type Prisma } from "@/lib/db";
import { env } from "@/lib/env";

// Per-user quotas (issue 27): one account could fill the disk or keep a replica busy with
// exports. Counted like the sign-in limits, in the database, so every replica shares them.

export type QuotaKind = "cases" | "uploads" | "exports";

const HOUR = 3600_000;

export function quotaRule(kind: QuotaKind): RateLimitRule {
  const e = env();
  const limit = { cases: e.QUOTA_CASES_PER_HOUR, uploads: e.QUOTA_UPLOADS_PER_HOUR, exports: e.QUOTA_EXPORTS_PER_HOUR }[
    kind
  ];
  return { limit, windowMs: HOUR };
}

/** Counts one use and says whether it is still within the user's hourly quota. */
export function withinQuota(userId: string, kind: QuotaKind, now: Date): Promise<boolean> {
  return consumeRateLimit(`quota:${kind}:${userId}`, quotaRule(kind), now);
}

/** Retry-After for a refused use: the window is an hour, so at most that. */
export const QUOTA_RETRY_AFTER_S = 3600;

export function userStorageLimitBytes(): number {
  return Math.floor(env().USER_STORAGE_MAX_MB * 1024 * 1024);
}

/** Bytes of evidence over all of the user's cases (drafts included). */
export async function userStorageBytes(
  userId: string,
  client: Pick<Prisma.TransactionClient, "evidence"> = db(),
): Promise<number> {
  const { _sum } = await client.evidence.aggregate({ where: { case: { ownerId: userId } }, _sum: { size: true } });
  return _sum.size ?? 0;
}
