import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createScratchDatabase } from "@/lib/db/scratch-database.mjs";
import { db, disconnectDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { buildWorker } from "@/scripts/lib/build-worker.mjs";
import { applyMigrations } from "../setup/database";
import {
  allSent,
  deliveryCounts,
  seedDueReminders,
  spawnWorker,
  startSmtpCapture,
  stopWorker,
  waitFor,
} from "../reminders/helpers";

// SIGKILL mid-protocol confuses pglite-socket's shared session, and the scale mode this
// test is about is PostgreSQL: it always runs on a PostgreSQL server — TEST_DATABASE_URL's,
// or else the local one (the same server the drift check uses).
let scratch: { url: string; stop: () => Promise<void> } | undefined;

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) {
    scratch = await createScratchDatabase(
      process.env.DRIFT_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
      "recourse_kill",
    );
    await applyMigrations(scratch.url);
    await disconnectDb();
    process.env.DATABASE_URL = scratch.url;
    resetEnvForTests();
  }
  await buildWorker();
}, 60_000);

afterAll(async () => {
  await disconnectDb();
  await scratch?.stop();
});

describe("reminder worker killed with SIGKILL (PostgreSQL)", () => {
  test("a worker SIGKILLed at random points 20 times → every reminder delivered; duplicates counted", async () => {
    await db().reminder.deleteMany();
    const ids = await seedDueReminders(300, 1);
    const smtp = await startSmtpCapture();
    // A short lease so a dead worker's claims come back quickly; small batches so kills land mid-batch.
    const env = {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      REMINDER_LEASE_SECONDS: "1",
      REMINDER_BATCH_SIZE: "10",
      // Each claim counts as an attempt, and here a reminder may be claimed by many of the 20
      // killed workers: the default (6) would rightly mark it failed as a poison message.
      REMINDER_MAX_ATTEMPTS: "40",
    };
    let seed = 20261130;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const kills: number[] = [];
    const abandoned: number[] = []; // claims the dead worker left behind, right after each kill
    try {
      for (let i = 0; i < 20; i++) {
        const worker = spawnWorker(env);
        // Wait until it is up, then kill at a random point of its claim / render / send / mark loop.
        await waitFor(async () => worker.output().includes("started"), 20_000, "worker start");
        const delay = Math.floor(random() * 600);
        await new Promise((r) => setTimeout(r, delay));
        worker.child.kill("SIGKILL");
        await worker.exited;
        kills.push(delay);
        abandoned.push(await db().reminder.count({ where: { status: "CLAIMED" } }));
      }
      const final = spawnWorker(env);
      try {
        await waitFor(allSent(ids.length), 150_000, "every reminder sent after the kills");
      } finally {
        expect(await stopWorker(final)).toBe(0);
      }
    } finally {
      await smtp.close();
    }
    const counts = deliveryCounts(smtp.received);
    expect([...counts.keys()].sort()).toEqual([...ids].sort());
    const duplicated = [...counts.entries()].filter(([, n]) => n > 1);
    const extra = duplicated.reduce((sum, [, n]) => sum + n - 1, 0);
    // A duplicate needs a kill after the SMTP server accepted and before the commit: at most
    // one batch per kill (10 rows) can be affected.
    expect(extra).toBeLessThanOrEqual(20 * 10);
    const failed = await db().reminder.count({ where: { status: { not: "SENT" } } });
    expect(failed).toBe(0);
    console.info(
      `[reliability] SIGKILL ×${kills.length} (ms after start: ${kills.join(", ")}; claims left behind: ${abandoned.join(", ")}): ` +
        `${ids.length} reminders, ` +
        `${smtp.received.length} emails received, every reminder delivered, ` +
        `${duplicated.length} reminders delivered twice or more (${extra} extra deliveries)`,
    );
  }, 280_000);
});
