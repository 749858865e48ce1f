// The reminder worker process: `npm run worker` (scale mode, any number of
// replicas) and the child the launcher starts beside `next start` (embedded).
// SIGTERM/SIGINT: the batch in hand is finished or released, then it exits 0.
// `--replan-all`: re-plan every case's reminders once (after a holiday year is added) and exit.
import { db, disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";
import { runHousekeeping } from "@/lib/maintenance";
import { replanAllCases, runWorker } from "@/lib/reminders";

async function main(): Promise<void> {
  const e = env();
  const client = db();
  if (process.argv.includes("--replan-all")) {
    const n = await replanAllCases(client, new Date());
    console.info(`[worker] re-planned the reminders of ${n} case(s).`);
    await disconnectDb();
    return;
  }
  const log = (line: string) => console.info(`[worker] ${line}`);
  const controller = new AbortController();
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (!controller.signal.aborted) console.info(`[worker] ${signal}: finishing the batch in hand…`);
      controller.abort();
    });
  }
  console.info(
    `[worker] reminder worker ${process.pid} started${e.SMTP_URL ? "" : " (no SMTP_URL: writing .eml files)"}`,
  );
  const stats = await runWorker({
    client,
    baseUrl: (e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, ""),
    secret: e.NEXTAUTH_SECRET,
    signal: controller.signal,
    pollMs: e.REMINDER_POLL_MS,
    leaseMs: e.REMINDER_LEASE_SECONDS * 1000,
    batchSize: e.REMINDER_BATCH_SIZE,
    concurrency: e.REMINDER_CONCURRENCY,
    retryBaseMs: e.REMINDER_RETRY_BASE_MS,
    maxAttempts: e.REMINDER_MAX_ATTEMPTS,
    log,
    housekeeping: (now) => runHousekeeping(client, now, log),
  });
  console.info(`[worker] stopped: ${JSON.stringify(stats)}`);
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error("[worker]", error);
  process.exit(1);
});
