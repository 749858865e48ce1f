/**
 * Reminder delivery bench (`npm run bench`, after the engine bench): schedules N
 * reminders (default 10,000; `--reminders 2000` for a quick look) on a scratch
 * PostgreSQL database (DRIFT_DATABASE_URL's server, default 127.0.0.1:5432) and
 * delivers them with 1, 2 and 4 worker processes (the production bundle) to a
 * local SMTP server on 127.0.0.1. Prints reminders/second side by side; the
 * 1-worker run is the baseline. One reminder per user, so every reminder is
 * one email (no digests).
 */
import { spawn, type ChildProcess } from "node:child_process";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { URGENCY_VERSION } from "../lib/cases/urgency-version";
import { computeKindDeadlines } from "../lib/kinds/catalog";
import { createScratchDatabase } from "../lib/db/scratch-database.mjs";
import { planReminders } from "../lib/reminders/plan-reminders";
import { PLAN_VERSION } from "../lib/reminders/plan-version";
import { DEFAULT_PREFERENCES } from "../lib/reminders/types";
import { applyMigrations } from "../tests/setup/database";
import { buildWorker } from "./lib/build-worker.mjs";

const argIndex = process.argv.indexOf("--reminders");
// CI sets BENCH_REMINDERS lower to stay inside its time budget; the printout says how many ran.
const N = argIndex > 0 ? Number(process.argv[argIndex + 1]) : Number(process.env.BENCH_REMINDERS ?? 10_000);
const WORKER_COUNTS = [1, 2, 4];
const SERVER = process.env.DRIFT_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function startSmtp() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _s, cb) {
      stream.on("data", () => undefined);
      stream.on("end", () => {
        received++;
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    port: (server.server.address() as AddressInfo).port,
    received: () => received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Users, cases (fraud discovered 46 h ago: the 2 h reminder is due now) and their planned reminders. */
async function schedule(client: pg.Client, now: Date): Promise<number> {
  const discovered = new Date(now.getTime() - 46 * 3_600_000 - 60_000);
  const prefs = { ...DEFAULT_PREFERENCES, quietStartMinute: 0, quietEndMinute: 0 };
  const deadlines = computeKindDeadlines(
    { kind: "FRAUD" },
    [{ type: "FRAUD_DISCOVERED", occurredAt: discovered }],
    now,
  );
  const facts = JSON.stringify({ kind: "FRAUD", discoveredAt: discovered.toISOString(), policeReportedAt: null });
  const CHUNK = 1_000;
  for (let start = 0; start < N; start += CHUNK) {
    const ids = Array.from({ length: Math.min(CHUNK, N - start) }, (_, i) => start + i);
    await client.query(
      `INSERT INTO "User" (id, email, "emailVerified", "updatedAt") SELECT 'u' || i, 'u' || i || '@bench.local', $2, $2 FROM unnest($1::int[]) i`,
      [ids, now],
    );
    await client.query(
      `INSERT INTO "ReminderPreference" ("userId", "quietStartMinute", "quietEndMinute", "updatedAt") SELECT 'u' || i, 0, 0, $2 FROM unnest($1::int[]) i`,
      [ids, now],
    );
    await client.query(
      // urgencyVersion current: the workers' housekeeping must not recompute these rows mid-run.
      `INSERT INTO "Case" (id, "ownerId", kind, platform, title, "amountFen", facts, "updatedAt", "urgencyVersion")
       SELECT 'c' || i, 'u' || i, 'FRAUD', 'WECHAT_PAY', '诈骗案件 ' || i, 100000, $2::jsonb, $3, $4 FROM unnest($1::int[]) i`,
      [ids, facts, now, URGENCY_VERSION],
    );
    const rows = ids.flatMap((i) =>
      planReminders({ caseId: `c${i}`, deadlines }, prefs, now)
        .reminders.filter((r) => r.sendAt <= now)
        .map((r) => [`r${i}`, r.idempotencyKey, `u${i}`, `c${i}`, r.ruleId, r.offsetHours, r.dueAt, r.sendAt]),
    );
    await client.query(
      `INSERT INTO "Reminder" (id, "idempotencyKey", "userId", "caseId", "ruleId", kind, "offsetHours", "dueAt", "sendAt", "planVersion", "updatedAt")
       SELECT id, key, u, c, rule, 'OBLIGATION', off, due, send, $9, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::timestamp[], $8::timestamp[])
         AS t(id, key, u, c, rule, off, due, send)`,
      [
        ...[0, 1, 2, 3, 4, 5, 6, 7].map((k) =>
          rows.map((r) => (r[k] instanceof Date ? (r[k] as Date).toISOString().replace("Z", "") : r[k])),
        ),
        PLAN_VERSION,
      ],
    );
  }
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Reminder"`);
  return rows[0].n as number;
}

function spawnWorker(env: NodeJS.ProcessEnv, bundle: string): ChildProcess {
  return spawn(process.execPath, [bundle], { env, stdio: ["ignore", "ignore", "inherit"] });
}

async function deliver(client: pg.Client, workers: number, env: NodeJS.ProcessEnv, bundle: string) {
  await client.query(
    `UPDATE "Reminder" SET status = 'SCHEDULED', attempts = 0, "sentAt" = NULL, "claimedBy" = NULL, "leaseUntil" = NULL`,
  );
  const children = Array.from({ length: workers }, () => spawnWorker(env, bundle));
  const t0 = performance.now();
  let last = -1;
  let lastChange = performance.now();
  for (;;) {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Reminder" WHERE status = 'SENT'`);
    if (rows[0].n >= N) break;
    if (rows[0].n !== last) [last, lastChange] = [rows[0].n, performance.now()];
    if (performance.now() - lastChange > 60_000) {
      const byStatus = await client.query(
        `SELECT status, count(*)::int AS n, max("lastError") AS err FROM "Reminder" GROUP BY status`,
      );
      children.forEach((c) => c.kill("SIGTERM"));
      throw new Error(`no progress for 60 s: ${JSON.stringify(byStatus.rows)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(children.map((c) => new Promise((r) => (c.once("exit", r), c.kill("SIGTERM")))));
  return seconds;
}

async function main() {
  const bundle = await buildWorker();
  const scratch = await createScratchDatabase(SERVER, "recourse_bench");
  const smtp = await startSmtp();
  const client = new pg.Client({ connectionString: scratch.url });
  try {
    await applyMigrations(scratch.url);
    await client.connect();
    const t0 = performance.now();
    const scheduled = await schedule(client, new Date());
    const scheduleSeconds = (performance.now() - t0) / 1000;
    console.log(
      `reminders: scheduled ${scheduled} in ${scheduleSeconds.toFixed(1)} s (${Math.round(scheduled / scheduleSeconds)}/s)`,
    );
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: "production" as const,
      DATABASE_URL: scratch.url,
      NEXTAUTH_SECRET: "bench-secret-that-is-long-enough-for-the-env-check",
      NEXTAUTH_URL: "http://localhost:3000",
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}?pool=true&maxConnections=4`,
      REMINDER_POLL_MS: "100",
      REMINDER_BATCH_SIZE: "50",
    };
    const results: { workers: number; seconds: number; rate: number }[] = [];
    for (const workers of WORKER_COUNTS) {
      const seconds = await deliver(client, workers, env, bundle);
      results.push({ workers, seconds, rate: N / seconds });
    }
    const base = results[0]!.rate;
    console.log(`reminders: delivered ${N} reminders (one email each) to a local SMTP server, PostgreSQL:`);
    console.log("  workers | seconds | reminders/s | vs 1 worker");
    for (const r of results) {
      console.log(
        `  ${String(r.workers).padStart(7)} | ${r.seconds.toFixed(1).padStart(7)} | ${r.rate.toFixed(1).padStart(11)} | ${(r.rate / base).toFixed(2)}×`,
      );
    }
    console.log(
      `  (SMTP server received ${smtp.received()} messages over the three runs; expected ${N * WORKER_COUNTS.length})`,
    );
  } finally {
    await client.end();
    await smtp.close();
    await scratch.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
