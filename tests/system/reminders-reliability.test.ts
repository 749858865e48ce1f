import net from "node:net";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { buildWorker } from "@/scripts/lib/build-worker.mjs";
import {
  allSent,
  deliveryCounts,
  seedDueReminders,
  spawnWorker,
  startSmtpCapture,
  statusCounts,
  stopWorker,
  waitFor,
} from "../reminders/helpers";

// Real worker processes (the production bundle) against a real SMTP server on 127.0.0.1
// and the test database (PGlite by default, PostgreSQL with TEST_DATABASE_URL).

// pglite-socket interleaves the messages of concurrent queries from one process (seen:
// "bind message supplies 2 parameters, but prepared statement requires 3"), so on the
// embedded database each worker sends one email at a time — as the launcher runs it.
const CONCURRENCY = "4";

beforeAll(async () => {
  await buildWorker();
  await db().reminder.deleteMany();
}, 60_000);

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("reminder worker reliability", () => {
  test("1,000 reminders, two workers at once → each delivered exactly once; SIGTERM exits cleanly", async () => {
    await db().reminder.deleteMany();
    const ids = await seedDueReminders(250, 4);
    expect(ids).toHaveLength(1000);
    const smtp = await startSmtpCapture();
    const env = {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      REMINDER_BATCH_SIZE: "25",
      REMINDER_CONCURRENCY: CONCURRENCY,
    };
    const workers = [spawnWorker(env), spawnWorker(env)];
    try {
      await waitFor(allSent(1000), 280_000, "1,000 reminders sent");
    } finally {
      const codes = await Promise.all(workers.map(stopWorker));
      await smtp.close();
      expect(codes, workers.map((w) => w.output()).join("\n")).toEqual([0, 0]);
    }
    const counts = deliveryCounts(smtp.received);
    expect([...counts.keys()].sort()).toEqual([...ids].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    // Both workers took a share (SKIP LOCKED spreads the rows), and each user's four reminders went as one email.
    const byWorker = await db().reminder.groupBy({ by: ["claimedBy"], _count: { _all: true } });
    expect(byWorker.length).toBe(2);
    expect(smtp.received.length).toBeLessThanOrEqual(500);
    console.info(
      `[reliability] 1,000 reminders, 2 workers: ${smtp.received.length} emails, ` +
        `per worker ${byWorker.map((w) => w._count._all).join(" + ")}, duplicates 0`,
    );
  }, 300_000);

  test("SMTP down for a while → retried with backoff, all delivered once it is back, none lost", async () => {
    await db().reminder.deleteMany();
    const ids = await seedDueReminders(100, 1);
    const port = await freePort(); // nothing listens yet: connections are refused
    const env = {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      REMINDER_RETRY_BASE_MS: "300",
      REMINDER_CONCURRENCY: CONCURRENCY,
    };
    const worker = spawnWorker(env);
    let smtp: Awaited<ReturnType<typeof startSmtpCapture>> | undefined;
    try {
      await waitFor(
        async () => (await db().reminder.count({ where: { status: "SCHEDULED", attempts: { gte: 2 } } })) > 0,
        30_000,
        "retries while SMTP is down",
      );
      const whileDown = await statusCounts();
      expect(whileDown.SENT ?? 0).toBe(0);
      expect(whileDown.FAILED ?? 0).toBe(0);
      smtp = await startSmtpCapture(port);
      await waitFor(allSent(100), 60_000, "delivery after SMTP came back");
    } finally {
      expect(await stopWorker(worker)).toBe(0);
      await smtp?.close();
    }
    const counts = deliveryCounts(smtp?.received ?? []);
    expect([...counts.keys()].sort()).toEqual([...ids].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const lastErrors = await db().reminder.findMany({ where: { lastError: { not: null } }, select: { id: true } });
    expect(lastErrors).toEqual([]); // cleared on success
    const maxAttempts = await db().reminder.aggregate({ _max: { attempts: true } });
    expect(maxAttempts._max.attempts).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
