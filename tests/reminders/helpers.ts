import { spawn, type ChildProcess } from "node:child_process";
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { URGENCY_VERSION } from "@/lib/cases/urgency-version";
import { db } from "@/lib/db";
import { computeKindDeadlines } from "@/lib/kinds/catalog";
import { planReminders } from "@/lib/reminders";
import { claimDueReminders } from "@/lib/reminders/claim-due-reminders";
import { deliverClaimed } from "@/lib/reminders/deliver-claimed";
import { PLAN_VERSION } from "@/lib/reminders/plan-version";
import { DEFAULT_PREFERENCES } from "@/lib/reminders/types";
import { WORKER_BUNDLE } from "@/scripts/lib/build-worker.mjs";

export type Captured = { raw: string; reminderIds: string[] };

/** A real SMTP server on 127.0.0.1 that keeps every message it accepted (raw), with the reminder ids it carried. */
export async function startSmtpCapture(port = 0, extra: Partial<SMTPServerOptions> = {}) {
  const received: Captured[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // Its default reverse-DNS lookup of every client stalls each connection on an offline machine.
    disableReverseLookup: true,
    size: 5 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const header = /^X-Recourse-Reminders:\s*(.+)$/im.exec(raw)?.[1] ?? "";
        received.push({ raw, reminderIds: header.trim().split(",").filter(Boolean) });
        callback();
      });
    },
    ...extra,
  });
  // A client killed mid-session resets its connection: that is the scenario under test, not a failure.
  server.on("error", () => undefined);
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    port: actualPort,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** How often each reminder id arrived. */
export function deliveryCounts(received: readonly Captured[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of received) for (const id of m.reminderIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * `users` verified users without quiet hours, each with `casesPerUser` fraud
 * cases discovered 46 h (+1 min) before `now`: the 2 h reminder of each is due
 * now. The rows are planned by planReminders itself, so the worker's send-time
 * re-check agrees with them. Returns the reminder ids.
 */
export async function seedDueReminders(users: number, casesPerUser: number, now = new Date()): Promise<string[]> {
  const client = db();
  const tag = Math.random().toString(36).slice(2, 8);
  const discovered = new Date(now.getTime() - 46 * 3_600_000 - 60_000);
  const userRows = Array.from({ length: users }, (_, i) => ({
    id: `u-${tag}-${i}`,
    email: `u${i}-${tag}@example.com`,
    emailVerified: now,
  }));
  await client.user.createMany({ data: userRows });
  await client.reminderPreference.createMany({
    data: userRows.map((u) => ({ userId: u.id, quietStartMinute: 0, quietEndMinute: 0 })),
  });
  const caseRows = userRows.flatMap((u, i) =>
    Array.from({ length: casesPerUser }, (_, j) => ({
      id: `c-${tag}-${i}-${j}`,
      ownerId: u.id,
      kind: "FRAUD" as const,
      platform: "WECHAT_PAY" as const,
      title: `诈骗案件 ${i}-${j}`,
      amountFen: 100_000n,
      facts: { kind: "FRAUD", discoveredAt: discovered.toISOString(), policeReportedAt: null },
      // List order is not under test here: marked current so the workers' housekeeping does not
      // spend the measured time recomputing thousands of seeded rows.
      urgencyVersion: URGENCY_VERSION,
    })),
  );
  await client.case.createMany({ data: caseRows });
  const prefs = { ...DEFAULT_PREFERENCES, quietStartMinute: 0, quietEndMinute: 0 };
  const deadlines = computeKindDeadlines(
    { kind: "FRAUD" },
    [{ type: "FRAUD_DISCOVERED", occurredAt: discovered }],
    now,
  );
  const reminders = caseRows.flatMap((c) =>
    planReminders({ caseId: c.id, deadlines }, prefs, now)
      .reminders.filter((r) => r.sendAt <= now)
      .map((r) => ({
        id: `r-${c.id}`,
        idempotencyKey: r.idempotencyKey,
        userId: c.ownerId,
        caseId: c.id,
        ruleId: r.ruleId,
        kind: r.kind,
        offsetHours: r.offsetHours,
        dueAt: r.dueAt,
        sendAt: r.sendAt,
        planVersion: PLAN_VERSION,
      })),
  );
  if (reminders.length !== caseRows.length)
    throw new Error(`expected one due reminder per case, got ${reminders.length}`);
  await client.reminder.createMany({ data: reminders });
  return reminders.map((r) => r.id);
}

export type WorkerProcess = { child: ChildProcess; exited: Promise<number | null>; output: () => string };

/** The production worker bundle (`npm run worker`'s code) as a child process. */
/** The environment a worker needs: this test file's database and secret, a fast poll, then `env`. */
type NodeEnv = { NODE_ENV: "production" } & Record<string, string>;

export function workerEnv(env: Record<string, string>): NodeEnv {
  return {
    DATABASE_URL: process.env.DATABASE_URL ?? "",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "",
    DATA_DIR: process.env.DATA_DIR ?? "",
    NEXTAUTH_URL: "http://localhost:3000",
    NODE_ENV: "production",
    REMINDER_POLL_MS: "100",
    REMINDER_LEASE_SECONDS: "30",
    ...env,
  };
}

/** `node <args>` with `env` (and PATH only from this process), its output collected. */
export function spawnNode(args: string[], env: NodeEnv): WorkerProcess {
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

export function spawnWorker(env: Record<string, string>): WorkerProcess {
  return spawnNode([WORKER_BUNDLE], workerEnv(env));
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; reminders by status: ${JSON.stringify(await statusCounts())}`);
}

/** waitFor's check: every one of `total` reminders is SENT. */
export const allSent = (total: number) => async () => ((await statusCounts()).SENT ?? 0) === total;

/** SIGTERM, as systemd and docker stop a worker; resolves with its exit code. */
export async function stopWorker(worker: WorkerProcess): Promise<number | null> {
  worker.child.kill("SIGTERM");
  return worker.exited;
}

export async function statusCounts(): Promise<Record<string, number>> {
  const rows = await db().reminder.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}

/** One worker round at `instant`, in process: claim what is due, then deliver it (one worker, no jitter). */
export async function deliverAt(instant: Date, workerId = "test-worker") {
  const ids = await claimDueReminders(db(), {
    workerId,
    now: instant,
    leaseMs: 60_000,
    batchSize: 50,
    digestWindowMs: 300_000,
  });
  return deliverClaimed(db(), ids, {
    workerId,
    now: () => instant,
    baseUrl: "https://recourse.example",
    secret: process.env.NEXTAUTH_SECRET ?? "",
    maxAttempts: 3,
    random: () => 0.5,
    retryBaseMs: 1_000,
    concurrency: 1,
    stopping: () => false,
  });
}
