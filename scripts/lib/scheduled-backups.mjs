// Embedded mode's scheduled backups (BACKUP_EVERY_HOURS, BACKUP_DIR, BACKUP_KEEP). Each backup
// runs `scripts/backup.mjs` in a child process: it reaches PGlite through the launcher's private
// socket like a manual `npm run backup`, and its memory goes away with it (ADR 0020). The outcome
// goes to DATA_DIR/backup-status.json, which the dashboard reads to show a failed or overdue
// backup (lib/backups).
import { spawn } from "node:child_process";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export const STATUS_FILE = "backup-status.json";
const NAME = /^recourse-\d{8}T\d{9}Z\.backup$/;
const HOUR = 3_600_000;

/**
 * What DATA_DIR/backup-status.json holds: lib/backups reads the fields it shows.
 * @typedef {import("../../lib/backups/health").BackupStatus & { dir?: string, keep?: number, lastFile?: string }} ScheduleStatus
 */

/** @param {Date} now */
export function backupFileName(now) {
  // Milliseconds too: two backups in one second (a run by hand) still get two names.
  return `recourse-${now.toISOString().replace(/[-:.]/g, "")}.backup`;
}

/** @param {string} dataDir @returns {Promise<ScheduleStatus>} */
export async function readStatus(dataDir) {
  try {
    /** @type {unknown} */
    const status = JSON.parse(await readFile(path.join(dataDir, STATUS_FILE), "utf8"));
    // Only this scheduler writes the file; anything but an object is a file damaged by hand.
    return typeof status === "object" && status !== null && !Array.isArray(status) ? status : {};
  } catch {
    return {};
  }
}

/** @param {string} dataDir @param {ScheduleStatus} status */
async function writeStatus(dataDir, status) {
  const file = path.join(dataDir, STATUS_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(status, null, 2), { mode: 0o600 });
  await rename(tmp, file);
}

/**
 * Deletes the oldest scheduled backups beyond `keep` (only files this scheduler names).
 * @param {string} dir
 * @param {number} keep
 * @returns {Promise<string[]>} the names removed
 */
export async function pruneBackups(dir, keep) {
  const files = (await readdir(dir)).filter((f) => NAME.test(f)).sort();
  const old = files.slice(0, Math.max(0, files.length - keep));
  for (const f of old) await rm(path.join(dir, f), { force: true });
  // Left by a backup stopped with the launcher (one runs at a time, so none is in progress).
  for (const f of (await readdir(dir)).filter((f) => /\.backup\.partial-\d+$/.test(f))) {
    await rm(path.join(dir, f), { force: true });
  }
  return old;
}

/**
 * @param {{ root: string, dataDir: string, env: NodeJS.ProcessEnv, log: (line: string) => void, firstRunMs?: number }} options
 *   env: the launcher's environment, handed to each backup's process
 * @returns {Promise<{ stop: () => Promise<void>, runNow: () => Promise<boolean> } | null>} null: not configured
 */
export async function startScheduledBackups({ root, dataDir, env, log, firstRunMs = 60_000 }) {
  const everyHours = Number(env.BACKUP_EVERY_HOURS);
  if (!env.BACKUP_EVERY_HOURS || !(everyHours > 0)) return null;
  const dir = path.resolve(root, env.BACKUP_DIR ?? path.join(dataDir, "backups"));
  const keep = Number(env.BACKUP_KEEP ?? 7);
  const every = everyHours * HOUR;
  /** @type {ScheduleStatus} */
  let status = { ...(await readStatus(dataDir)), everyHours, dir, keep, scheduledSince: new Date().toISOString() };
  await writeStatus(dataDir, status);

  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  /** @type {import("node:child_process").ChildProcess | undefined} */
  let child;
  let stopped = false;
  /** @type {Promise<boolean> | undefined} */
  let running;

  /** @returns {Promise<boolean>} whether the backup was written */
  const runOnce = () =>
    new Promise((resolve) => {
      const out = path.join(dir, backupFileName(new Date()));
      /** @type {NodeJS.ProcessEnv} */
      const childEnv = { ...env, DATA_DIR: dataDir };
      // The launcher's own env carries PGlite's socket URL: the backup must take the embedded path.
      delete childEnv.DATABASE_URL;
      let stderr = "";
      mkdir(dir, { recursive: true, mode: 0o700 })
        .then(() => {
          const started = spawn(process.execPath, [path.join(root, "scripts", "backup.mjs"), "--out", out], {
            cwd: root,
            env: childEnv,
            stdio: ["ignore", "ignore", "pipe"],
          });
          child = started;
          started.stderr.on("data", (/** @type {Buffer} */ d) => (stderr = (stderr + d.toString()).slice(-2000)));
          started.on("error", (error) => finish(false, error.message));
          started.on("exit", (code, signal) => finish(code === 0, stderr.trim() || `exited with ${signal ?? code}`));
        })
        .catch((error) => finish(false, error instanceof Error ? error.message : String(error)));
      let done = false;
      /** @param {boolean} ok @param {string} detail */
      async function finish(ok, detail) {
        if (done) return;
        done = true;
        child = undefined;
        const at = new Date().toISOString();
        status = ok
          ? { ...status, lastSuccessAt: at, lastFile: out, lastError: undefined, lastFailureAt: undefined }
          : { ...status, lastFailureAt: at, lastError: detail.replace(/^\[recourse\] /, "").split("\n")[0] ?? "" };
        try {
          if (ok) {
            const removed = await pruneBackups(dir, keep);
            log(`scheduled backup written: ${out}${removed.length ? ` (removed ${removed.length} older)` : ""}`);
          } else {
            log(`scheduled backup failed: ${status.lastError}`);
          }
          await writeStatus(dataDir, status);
        } catch (error) {
          log(`scheduled backup: ${error instanceof Error ? error.message : String(error)}`);
        }
        resolve(ok);
      }
    });

  /** @param {number} ms */
  const schedule = (ms) => {
    if (stopped) return;
    timer = setTimeout(
      async () => {
        running = runOnce();
        const ok = await running;
        running = undefined;
        // A failure is retried sooner than the next regular backup.
        schedule(ok ? every : Math.min(every, HOUR));
      },
      Math.max(0, ms),
    );
    timer.unref();
  };
  const last = status.lastSuccessAt ? Date.parse(status.lastSuccessAt) : NaN;
  schedule(Number.isFinite(last) ? Math.max(firstRunMs, last + every - Date.now()) : firstRunMs);
  log(`backing up every ${everyHours} h into ${dir} (keeping ${keep})`);

  return {
    async runNow() {
      return runOnce();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      // A backup in progress is abandoned: its .partial file is removed by no one but harmless.
      if (child) child.kill("SIGTERM");
      await running;
    },
  };
}
