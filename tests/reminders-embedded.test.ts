import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { buildWorker, WORKER_BUNDLE } from "@/scripts/lib/build-worker.mjs";
import {
  deliveryCounts,
  seedDueReminders,
  spawnNode,
  startSmtpCapture,
  statusCounts,
  waitFor,
  workerEnv,
} from "./reminders/helpers";

// The embedded launcher runs the worker's loop inside its own process (scripts/lib/embedded-worker.mjs).
// Here a plain node process stands in for the launcher: it loads the production bundle with
// that module, and SIGTERM stops it the way the launcher's shutdown does.

const embeddedWorkerModule = pathToFileURL(
  fileURLToPath(new URL("../scripts/lib/embedded-worker.mjs", import.meta.url)),
);

function startHost(env: Record<string, string>, restartMs = 5_000) {
  const code = `
    const { startEmbeddedWorker } = await import(${JSON.stringify(embeddedWorkerModule.href)});
    const worker = await startEmbeddedWorker({
      bundle: ${JSON.stringify(WORKER_BUNDLE)},
      env: JSON.parse(process.env.WORKER_ENV),
      log: (line) => console.log("[host] " + line),
      restartMs: ${restartMs},
    });
    process.on("SIGTERM", async () => {
      const stopped = await worker.stop(30_000);
      console.log(stopped ? "[host] worker stopped" : "[host] worker did not stop in time");
      process.exit(0);
    });
    console.log("[host] ready");`;
  // Its own settings go in WORKER_ENV, as the launcher passes them to startEmbeddedWorker.
  return spawnNode(["--input-type=module", "-e", code], {
    NODE_ENV: "production",
    WORKER_ENV: JSON.stringify(workerEnv({ REMINDER_CONCURRENCY: "1", ...env })),
  });
}

beforeAll(async () => {
  await buildWorker();
}, 60_000);

describe("reminder worker inside the launcher's process", () => {
  test("sends every due reminder once from the host process; SIGTERM stops the loop before the host exits", async () => {
    await db().reminder.deleteMany();
    const ids = await seedDueReminders(12, 1);
    const smtp = await startSmtpCapture();
    const host = startHost({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    try {
      await waitFor(async () => ((await statusCounts()).SENT ?? 0) === ids.length, 60_000, "every reminder sent");
      const counts = deliveryCounts(smtp.received);
      expect([...counts.keys()].sort()).toEqual([...ids].sort());
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      // The loop ran in the host itself, not in a process of its own.
      expect(host.output()).toContain(`[worker] reminder worker ${host.child.pid} started`);
      expect(smtp.received[0]?.raw).toContain("Content-Type: text/html");

      host.child.kill("SIGTERM");
      expect(await host.exited).toBe(0);
      const out = host.output();
      expect(out).toMatch(/\[worker\] stopped: \{"sent":12,/);
      expect(out.indexOf("[worker] stopped:")).toBeLessThan(out.indexOf("[host] worker stopped"));
    } finally {
      host.child.kill("SIGKILL");
      await smtp.close();
    }
  }, 90_000);

  test("runs the embedded database's autovacuum round at its first idle moment (PGlite has none)", async () => {
    // 300 changed rows in a table never analysed: past autovacuum's 50-row threshold.
    await db().$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "RateLimit" ("key", "windowStart", "count")
        SELECT 'upkeep-' || g, now(), 1 FROM generate_series(1, 300) g`;
      await tx.$executeRaw`SELECT pg_stat_force_next_flush()`;
    });
    const host = startHost({});
    try {
      await waitFor(
        async () => /\[worker\] database upkeep: .*"RateLimit"/.test(host.output()),
        20_000,
        "the upkeep round",
      );
      const [row] = await db().$queryRaw<{ analysed: boolean }[]>`
        SELECT (last_analyze IS NOT NULL) AS analysed FROM pg_stat_user_tables WHERE relname = 'RateLimit'`;
      expect(row?.analysed).toBe(true);
    } finally {
      host.child.kill("SIGTERM");
      await host.exited;
    }
  }, 30_000);

  test("a loop that fails is restarted, not fatal to the host; SIGTERM still stops it promptly", async () => {
    // An invalid setting makes every start of the loop throw (lib/env validates on first use).
    const host = startHost({ REMINDER_POLL_MS: "not a number" }, 200);
    try {
      await waitFor(
        async () => (host.output().match(/the reminder worker failed \(Invalid environment/g) ?? []).length >= 2,
        20_000,
        "two failed starts",
      );
      expect(host.output()).toContain("restarting it in 0.2 s.");
      expect(host.child.exitCode).toBeNull();
      host.child.kill("SIGTERM");
      expect(await host.exited).toBe(0);
      expect(host.output()).toContain("[host] worker stopped");
    } finally {
      host.child.kill("SIGKILL");
    }
  }, 30_000);
});
