// The reminder worker. Run as a process: `npm run worker` (scale mode, any number of replicas,
// and the child `npm start` runs beside the web server there). Imported: the embedded launcher
// runs `runReminderWorker` inside its own process (ADR 0020), where PGlite already lives.
// SIGTERM/SIGINT (process) or the signal (imported): the batch in hand is finished or released.
// `--replan-all`: re-plan every case's reminders once (after a holiday year is added) and exit.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { db, disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";
// Not the lib/reminders barrel: it re-exports the email renderer, which must stay a lazy chunk.
import { runEmbeddedAutovacuum } from "@/lib/maintenance/embedded-autovacuum";
import { runHousekeeping } from "@/lib/maintenance/housekeeping";
import { replanAllCases } from "@/lib/reminders/replan-cases";
import { runWorker } from "@/lib/reminders/run-worker";

/** How often the embedded database's autovacuum round runs (PostgreSQL's autovacuum_naptime). */
const EMBEDDED_AUTOVACUUM_EVERY_MS = 60_000;

/**
 * The claim/send loop with the settings of lib/env (process.env), until `signal` aborts.
 * `embeddedDatabase`: the database is the launcher's PGlite, which has no autovacuum of its own.
 */
export async function runReminderWorker(
  signal: AbortSignal,
  { embeddedDatabase = false }: { embeddedDatabase?: boolean } = {},
): Promise<void> {
  const e = env();
  const log = (line: string) => console.info(`[worker] ${line}`);
  console.info(
    `[worker] reminder worker ${process.pid} started${e.SMTP_URL ? "" : " (no SMTP_URL: writing .eml files)"}`,
  );
  try {
    const stats = await runWorker({
      client: db(),
      baseUrl: (e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, ""),
      secret: e.NEXTAUTH_SECRET,
      signal,
      pollMs: e.REMINDER_POLL_MS,
      leaseMs: e.REMINDER_LEASE_SECONDS * 1000,
      batchSize: e.REMINDER_BATCH_SIZE,
      concurrency: e.REMINDER_CONCURRENCY,
      retryBaseMs: e.REMINDER_RETRY_BASE_MS,
      maxAttempts: e.REMINDER_MAX_ATTEMPTS,
      log,
      housekeeping: (now) => runHousekeeping(db(), now, log),
      databaseUpkeep: embeddedDatabase
        ? {
            everyMs: EMBEDDED_AUTOVACUUM_EVERY_MS,
            run: async () => {
              const done = await runEmbeddedAutovacuum(db());
              if (done.length > 0) log(`database upkeep: ${done.join("; ")}`);
            },
          }
        : undefined,
    });
    console.info(`[worker] stopped: ${JSON.stringify(stats)}`);
  } finally {
    await disconnectDb();
  }
}

async function main(): Promise<void> {
  if (process.argv.includes("--replan-all")) {
    const n = await replanAllCases(db(), new Date());
    console.info(`[worker] re-planned the reminders of ${n} case(s).`);
    await disconnectDb();
    return;
  }
  const controller = new AbortController();
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (!controller.signal.aborted) console.info(`[worker] ${signal}: finishing the batch in hand…`);
      controller.abort();
    });
  }
  // Started by the launcher (scale mode) with an IPC channel: it closes when the launcher dies,
  // even by kill -9, and this worker must not carry on alone. The channel itself keeps nothing alive.
  if (process.channel) {
    process.channel.unref();
    process.once("disconnect", () => {
      console.info("[worker] the launcher is gone: finishing the batch in hand…");
      controller.abort();
    });
  }
  await runReminderWorker(controller.signal);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error("[worker]", error);
    process.exit(1);
  });
}
