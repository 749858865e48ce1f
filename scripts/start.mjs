#!/usr/bin/env node
// `npm start`: brings Recourse up.
// - No DATABASE_URL (embedded default): lock DATA_DIR, serve PGlite from
//   DATA_DIR/pglite on a Unix socket in DATA_DIR/run (0700: only this OS user can
//   connect), and hand its URL to the app.
// - DATABASE_URL set (scale mode): use that server.
// Then: apply migrations, build if the build is missing or older than the source, run the web
// server (scripts/server.mjs: Next behind a client-address step; `--dev`: in dev mode) and the
// reminder worker (the same bundle as `npm run worker`): inside this process when embedded —
// one V8 instead of two for one person's data (ADR 0020) — and as a child process in scale mode.
// Before any of that, the whole environment is validated with lib/env.ts's schema (bundled as
// .worker/env.mjs): a bad value stops here with its sentence and exit code 1.
// SIGINT/SIGTERM stop the web server and the worker first, then close PGlite. The children get an
// IPC channel and exit when it closes, so they never outlive this process, even after kill -9.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import { buildNeeded, workerBuildNeeded } from "./lib/build-freshness.mjs";
import { acquireDataDirLock } from "./lib/data-dir-lock.mjs";
import { prepareDataDir } from "./lib/data-dir.mjs";
import { startEmbeddedWorker } from "./lib/embedded-worker.mjs";
import { prismaNodeArgs } from "./lib/prisma-cli.mjs";
import { startScheduledBackups } from "./lib/scheduled-backups.mjs";
import { loadOrCreateSecret } from "./lib/secret.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const devMode = process.argv.includes("--dev");
const workerBundle = path.join(root, ".worker", "worker.mjs");
const envBundle = path.join(root, ".worker", "env.mjs");
// The environment as given, read once: the embedded worker below fills process.env.DATABASE_URL
// with PGlite's socket. Values are read from it only after validation (checkEnvironment).
// eslint-disable-next-line no-restricted-properties -- the launcher's single read (ADR 0027)
const given = { ...process.env };
const scaleMode = Boolean(given.DATABASE_URL);
/**
 * Children: stdout/stderr shared, and an IPC channel whose closing tells them this process is gone.
 * @type {import("node:child_process").StdioOptions}
 */
const CHILD_STDIO = ["inherit", "inherit", "inherit", "ipc"];

/** @typedef {import("node:child_process").ChildProcess} ChildProcess */

/** @type {Array<() => Promise<void>>} */
const cleanups = [];
/** @type {ChildProcess | undefined} */
let nextChild;
/** @type {ChildProcess | undefined} Scale mode: the worker as a child process. */
let workerChild;
/** @type {Awaited<ReturnType<typeof startEmbeddedWorker>> | undefined} Embedded mode: the worker loop inside this process. */
let embeddedWorker;
let shuttingDown = false;

/** @param {string} message */
function log(message) {
  console.log(`[recourse] ${message}`);
}

/** @param {string} message */
function fail(message) {
  console.error(`[recourse] ${message}`);
  process.exitCode = 1;
}

/**
 * @param {string[]} nodeArgs
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<void>}
 */
function run(nodeArgs, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${nodeArgs.slice(-2).join(" ")} exited with ${signal ?? code}`)),
    );
  });
}

/**
 * SIGTERM, then SIGKILL after `graceMs`; resolves when the child has exited.
 * @param {ChildProcess} child
 * @param {number} graceMs
 */
async function stopChild(child, graceMs) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** @param {number} exitCode */
async function shutdown(exitCode) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (nextChild && nextChild.exitCode === null) {
    log("stopping the web server…");
    await stopChild(nextChild, 10_000);
  }
  if (workerChild && workerChild.exitCode === null) {
    log("stopping the reminder worker…");
    await stopChild(workerChild, 30_000); // it finishes or releases the batch in hand
  }
  if (embeddedWorker) {
    log("stopping the reminder worker…");
    // It finishes or releases the batch in hand; a send stuck longer is abandoned like a killed
    // child's: its claims come back when their lease runs out.
    if (!(await embeddedWorker.stop(30_000))) log("the reminder worker did not stop within 30 s.");
  }
  // Reverse order: the database closes after everything that uses it.
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error("[recourse] during shutdown:", error);
    }
  }
  log("stopped.");
  process.exit(exitCode);
}

/**
 * The environment the web server and the worker will get, validated whole with lib/env.ts's
 * schema. What the launcher fills in later (embedded: PGlite's URL, the stored secret) is
 * stood in for by a valid placeholder, so everything the user set is checked now.
 * @returns {Promise<{ ok: true, settings: import("../lib/env").Env } | { ok: false, message: string }>}
 */
async function checkEnvironment() {
  if (scaleMode && !given.NEXTAUTH_SECRET) {
    return {
      ok: false,
      message: "NEXTAUTH_SECRET is required in scale mode (DATABASE_URL set): every web replica must share it.",
    };
  }
  /** @type {typeof import("../lib/env")} the bundle of lib/env.ts */
  const { parseEnv } = await import(pathToFileURL(envBundle).href);
  /** @type {Record<string, string | undefined>} */
  const candidate = { ...given, NODE_ENV: devMode ? "development" : "production" };
  if (!scaleMode) {
    candidate.DATABASE_URL = "postgres://postgres@localhost:5432/postgres";
    if (!candidate.NEXTAUTH_SECRET) candidate.NEXTAUTH_SECRET = "x".repeat(32);
  }
  const parsed = parseEnv(candidate);
  return parsed.ok ? { ok: true, settings: parsed.env } : parsed;
}

async function main() {
  // The worker bundle carries the schema (.worker/env.mjs): `npm run build` made it; a fresh
  // clone's first start or a `git pull` may not have. Built in a child so esbuild and its service
  // process exit with it.
  if ((await workerBuildNeeded(root)) || !existsSync(envBundle)) {
    log("building the reminder worker…");
    await run([path.join(root, "scripts", "lib", "build-worker.mjs")], given);
  }
  const checked = await checkEnvironment();
  if (!checked.ok) {
    fail(checked.message);
    return;
  }
  const { settings } = checked;
  const port = settings.PORT;
  const dataDir = path.resolve(root, settings.DATA_DIR);
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...given, NODE_ENV: devMode ? "development" : "production", DATA_DIR: dataDir };
  env.PORT = String(port);
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (scaleMode && !settings.NEXTAUTH_URL) {
    log(`NEXTAUTH_URL is not set: sign-in links will point at ${env.NEXTAUTH_URL}. Set it to the public URL.`);
  }
  // Embedded mode is one person's data on one machine: listen on loopback unless told
  // otherwise. Scale mode sits behind a load balancer: listen on every interface.
  const host = settings.HOST ?? (scaleMode ? "0.0.0.0" : "127.0.0.1");

  // Everything this process and its children create is private to this OS user (files 0600, dirs 0700).
  process.umask(0o077);
  const prepared = await prepareDataDir(dataDir);
  if (!prepared.ok) {
    fail(prepared.message);
    return;
  }

  if (!env.DATABASE_URL) {
    const lock = await acquireDataDirLock(dataDir);
    if (!lock.ok) {
      fail(
        `The data directory ${dataDir} is in use by another Recourse process (pid ${lock.holderPid}). ` +
          `Stop that one first, or set DATA_DIR to another directory.`,
      );
      return;
    }
    cleanups.push(lock.release);
    if (lock.tookOverFromPid) log(`took over a stale lock left by pid ${lock.tookOverFromPid} (no longer running).`);

    // PGlite's WebAssembly (and the worker's Prisma) stay on V8's baseline compiler, Liftoff:
    // TurboFan's tier-up left 60–100 MB of freed compiler memory in the C heap for good. Traded:
    // ~30 % more CPU on the heaviest query (the dashboard's), ~4 s less CPU at start (ADR 0020).
    // Set before PGlite compiles its module; in this process only.
    v8.setFlagsFromString("--liftoff-only");
    const { startEmbeddedPostgres } = await import("../lib/db/embedded-postgres.mjs");
    const { templatePath } = await import("../lib/db/pglite-memory.mjs");
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "pglite"),
      socketDir: path.join(dataDir, "run"),
      template: templatePath(root),
    });
    cleanups.push(embedded.stop);
    env.DATABASE_URL = embedded.url;
    // PGlite is a single session: one pooled connection keeps concurrent requests' statements
    // from interleaving inside pglite-socket (it serialises transactions, not Parse/Bind pairs).
    env.DATABASE_POOL_MAX ??= "1";
    log(`embedded database (PGlite) at ${path.join(dataDir, "pglite")}, served on the socket ${embedded.socketPath}`);
  } else {
    log("using the PostgreSQL server in DATABASE_URL");
  }

  if (!env.NEXTAUTH_SECRET) env.NEXTAUTH_SECRET = await loadOrCreateSecret(path.join(dataDir, "auth-secret"));

  log("applying database migrations…");
  await run([...prismaNodeArgs(), "migrate", "deploy"], env);

  const nextBin = require.resolve("next/dist/bin/next");
  const server = path.join(root, "scripts", "server.mjs");
  env.HOST = host;
  const why = devMode ? null : await buildNeeded(root);
  if (why) {
    log(
      why === "missing"
        ? "no production build yet: building (about a minute)…"
        : "the source changed since the last build: rebuilding…",
    );
    await run([nextBin, "build"], env);
    await run([path.join(root, "scripts", "make-pglite-template.mjs")], env);
  }
  // A heap cap: V8 otherwise lets garbage pile up to a large fraction of the machine's memory
  // under load (736 MB at 16 clients, still ~700 MB idle after; issue 23, ADR 0029).
  const heapCap = `--max-old-space-size=${settings.WEB_HEAP_MB}`;
  const web = spawn(process.execPath, devMode ? [server, "--dev"] : [heapCap, server], {
    cwd: root,
    env,
    stdio: CHILD_STDIO,
  });
  nextChild = web;
  if (!devMode) log(`Recourse is starting at ${env.NEXTAUTH_URL}`);
  if (scaleMode) startWorkerProcess(env);
  else await runEmbeddedWorker(env);
  if (!scaleMode) await startBackupSchedule(env, dataDir);
  web.on("exit", (code, signal) => {
    if (!shuttingDown) {
      fail(`the web server exited (${signal ?? code}).`);
      void shutdown(code ?? 1);
    }
  });
}

/**
 * Scale mode: the reminder worker as a child; restarted after a crash (its claims come back when their lease runs out).
 * @param {NodeJS.ProcessEnv} env
 */
function startWorkerProcess(env) {
  const spawnIt = () => {
    const child = spawn(process.execPath, [workerBundle], { cwd: root, env, stdio: CHILD_STDIO });
    workerChild = child;
    child.on("exit", (code, signal) => {
      if (shuttingDown) return;
      log(`the reminder worker exited (${signal ?? code}); restarting it in 5 s.`);
      setTimeout(() => shuttingDown || spawnIt(), 5_000).unref();
    });
  };
  spawnIt();
}

/**
 * Embedded mode: the reminder worker's loop in this process (scripts/lib/embedded-worker.mjs).
 * @param {NodeJS.ProcessEnv} env
 */
async function runEmbeddedWorker(env) {
  // pglite-socket does not keep concurrent queries of one client apart: one email at a time.
  const worker = await startEmbeddedWorker({ bundle: workerBundle, env: { ...env, REMINDER_CONCURRENCY: "1" }, log });
  if (shuttingDown) await worker.stop(30_000);
  else embeddedWorker = worker;
}

/**
 * Embedded mode: BACKUP_EVERY_HOURS backs up on a schedule (scripts/lib/scheduled-backups.mjs).
 * @param {NodeJS.ProcessEnv} env
 * @param {string} dataDir
 */
async function startBackupSchedule(env, dataDir) {
  const scheduled = await startScheduledBackups({ root, dataDir, env, log });
  // Cleanups run in reverse: this one stops before the database closes.
  if (scheduled) cleanups.push(scheduled.stop);
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => void shutdown(0));
}

// An error nothing caught: embedded, the worker's code runs in this process too (ADR 0020).
// Stop in order — web server, worker, then PGlite with a checkpoint — rather than die with the
// database open and leave its recovery to the next start.
for (const event of ["uncaughtException", "unhandledRejection"]) {
  process.on(event, (/** @type {unknown} */ error) => {
    fail(`unexpected error, stopping: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void shutdown(1);
  });
}

main().catch((error) => {
  fail(error instanceof Error ? error.message : String(error));
  void shutdown(1);
});
