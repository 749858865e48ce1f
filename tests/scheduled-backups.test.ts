import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readBackupHealth } from "@/lib/backups";
import { resetEnvForTests } from "@/lib/env";
import { readStatus, startScheduledBackups } from "@/scripts/lib/scheduled-backups.mjs";
import { readBackup, seed, startEmbeddedSource } from "./setup/backup-source";

// The launcher's schedule, on a running embedded installation: each backup is a child process
// through the private socket; the newest BACKUP_KEEP stay; a failure is recorded and the
// dashboard's health reads it.
let source: Awaited<ReturnType<typeof startEmbeddedSource>>;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "recourse-scheduled-"));
  source = await startEmbeddedSource();
  await seed(1);
}, 120_000);

afterAll(async () => {
  delete process.env.BACKUP_EVERY_HOURS;
  resetEnvForTests();
  await source?.stop();
  await rm(work, { recursive: true, force: true });
});

function launcherEnv(extra: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  env.DATABASE_URL = source.url; // as in the launcher: its env carries PGlite's socket URL
  return env;
}

describe("scheduled backups", () => {
  test("three runs keep the newest two, each a whole backup; the status says when", async () => {
    const dir = path.join(work, "backups");
    const lines: string[] = [];
    const scheduled = await startScheduledBackups({
      root: process.cwd(),
      dataDir: source.dataDir,
      env: launcherEnv({ BACKUP_EVERY_HOURS: "24", BACKUP_DIR: dir, BACKUP_KEEP: "2" }),
      log: (line) => lines.push(line),
      firstRunMs: 3_600_000,
    });
    try {
      for (let i = 0; i < 3; i++) expect(await scheduled!.runNow()).toBe(true);
    } finally {
      await scheduled!.stop();
    }
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(2);
    for (const f of files) expect((await readBackup(path.join(dir, f))).manifest.cases.length).toBe(2);
    const status = await readStatus(source.dataDir);
    expect(status.lastFile).toBe(path.join(dir, files[1]!));
    expect(lines.filter((l) => l.startsWith("scheduled backup written"))).toHaveLength(3);

    process.env.BACKUP_EVERY_HOURS = "24";
    resetEnvForTests();
    expect((await readBackupHealth(new Date())).kind).toBe("ok");
  }, 300_000);

  test("a failed backup is recorded with its sentence and shown as failed", async () => {
    const notADir = path.join(work, "a-file");
    await writeFile(notADir, "x");
    const scheduled = await startScheduledBackups({
      root: process.cwd(),
      dataDir: source.dataDir,
      env: launcherEnv({ BACKUP_EVERY_HOURS: "24", BACKUP_DIR: notADir }),
      log: () => {},
      firstRunMs: 3_600_000,
    });
    expect(await scheduled!.runNow()).toBe(false);
    await scheduled!.stop();
    process.env.BACKUP_EVERY_HOURS = "24";
    resetEnvForTests();
    const health = await readBackupHealth(new Date());
    expect(health.kind).toBe("failed");
    expect(health.kind === "failed" && health.detail).toMatch(/EEXIST|ENOTDIR|not a directory/);
  }, 120_000);
});
