import "server-only";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { maskEmails } from "@/lib/mail";
import { claimDueReminders } from "./claim-due-reminders";
import { deliverClaimed, type DeliverStats } from "./deliver-claimed";
import { replanStaleCases } from "./replan-cases";

export interface WorkerOptions {
  readonly client: PrismaClient;
  readonly baseUrl: string;
  readonly secret: string;
  readonly workerId?: string;
  readonly pollMs?: number;
  readonly batchSize?: number;
  readonly leaseMs?: number;
  readonly maxAttempts?: number;
  readonly concurrency?: number;
  readonly digestWindowMs?: number;
  readonly retryBaseMs?: number;
  readonly now?: () => Date;
  readonly random?: () => number;
  /** Resolves → stop: the batch in hand is finished (or released), then the loop returns. */
  readonly signal: AbortSignal;
  readonly log?: (line: string) => void;
  /**
   * Run at the first idle moment and then hourly (lib/maintenance's runHousekeeping in the app's worker);
   * without it, only the reminders of cases planned under another holiday calendar are re-planned.
   */
  readonly housekeeping?: (now: Date) => Promise<void>;
  /**
   * Run at idle moments at most every `everyMs` (the embedded database's autovacuum round,
   * lib/maintenance/embedded-autovacuum.ts: PGlite has none of its own).
   */
  readonly databaseUpkeep?: { readonly everyMs: number; readonly run: () => Promise<void> };
}

export const WORKER_DEFAULTS = {
  pollMs: 2_000,
  batchSize: 20,
  leaseMs: 120_000,
  maxAttempts: 6,
  concurrency: 4,
  digestWindowMs: 5 * 60_000,
  retryBaseMs: 30_000,
};

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * The reminder worker: claim due rows, deliver them, repeat; sleep when idle.
 * The same loop runs inside the embedded launcher and as `npm run worker`
 * replicas (scale). When first idle and then every hour it also runs its housekeeping
 * (by default: re-plan cases whose reminders were planned under another
 * holiday calendar).
 */
export async function runWorker(options: WorkerOptions): Promise<DeliverStats> {
  const o = { ...WORKER_DEFAULTS, ...options };
  const workerId = options.workerId ?? `${process.pid}-${randomBytes(3).toString("hex")}`;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const log = options.log ?? (() => undefined);
  const total: DeliverStats = { sent: 0, emails: 0, retried: 0, failed: 0, cancelled: 0, released: 0 };
  let lastHousekeeping = 0;
  let lastUpkeep = 0;
  const housekeeping =
    options.housekeeping ??
    (async (at: Date) => {
      const replanned = await replanStaleCases(o.client, at);
      if (replanned > 0) log(`re-planned ${replanned} case(s) for a new holiday calendar`);
    });

  while (!o.signal.aborted) {
    try {
      const ids = await claimDueReminders(o.client, {
        workerId,
        now: now(),
        leaseMs: o.leaseMs,
        batchSize: o.batchSize,
        digestWindowMs: o.digestWindowMs,
      });
      if (ids.length === 0) {
        // Housekeeping waits for an idle moment, so it never delays a due reminder.
        if (now().getTime() - lastHousekeeping > 3_600_000) {
          lastHousekeeping = now().getTime();
          await housekeeping(now());
        } else if (o.databaseUpkeep && now().getTime() - lastUpkeep >= o.databaseUpkeep.everyMs) {
          lastUpkeep = now().getTime();
          await o.databaseUpkeep.run();
        } else {
          await sleep(o.pollMs, o.signal);
        }
        continue;
      }
      const stats = await deliverClaimed(o.client, ids, {
        workerId,
        now,
        baseUrl: o.baseUrl,
        secret: o.secret,
        maxAttempts: o.maxAttempts,
        random,
        retryBaseMs: o.retryBaseMs,
        concurrency: o.concurrency,
        stopping: () => o.signal.aborted,
      });
      for (const k of Object.keys(total) as (keyof DeliverStats)[]) total[k] += stats[k];
      if (stats.retried || stats.failed) log(`batch: ${JSON.stringify(stats)}`);
    } catch (error) {
      // The database went away for a moment: wait and try again rather than die.
      console.warn(maskEmails(`[worker] loop error: ${error instanceof Error ? error.message : String(error)}`));
      await sleep(o.pollMs, o.signal);
    }
  }
  return total;
}
