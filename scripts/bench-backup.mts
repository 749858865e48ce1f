/**
 * Backup and restore of an embedded installation: 2,000 cases (bench-seed's one user) and
 * --evidence-mb of evidence (default 500) in 5 MB files, `npm run backup` while the database is
 * being served (this process plays the launcher: lock, PGlite on the private socket), then
 * `npm run restore` into a fresh DATA_DIR. Prints wall time and the peak RSS of each process,
 * and beside it the latency of a one-row query through the same socket (what any request waits
 * for first) while idle and while the backup runs.
 *
 *   tsx --conditions=react-server scripts/bench-backup.mts [--evidence-mb 500] [--cases 2000]
 */
import { execFile, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.mjs";
import { acquireDataDirLock } from "./lib/data-dir-lock.mjs";
import { prismaNodeArgs } from "./lib/prisma-cli.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const evidenceMb = arg("evidence-mb", 500);
const caseCount = arg("cases", 2000);
const FILE_MB = 5;

function runChild(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ ms: number; rssMb: number; code: number | null; out: string }>((resolve) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ["--require", path.join(root, "scripts/lib/report-max-rss.cjs"), script, ...args],
      {
        cwd: root,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      const kb = Number(/max-rss-kb (\d+)/.exec(out)?.[1] ?? NaN);
      resolve({ ms: performance.now() - started, rssMb: kb / 1024, code, out });
    });
  });
}

async function probe(url: string, until: () => boolean) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const times: number[] = [];
  while (!until()) {
    const t = performance.now();
    await client.query("SELECT 1");
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  await client.end();
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
  return { n: times.length, p50: at(50), p99: at(99), max: times.at(-1) ?? NaN };
}

const work = await mkdtemp(path.join(os.tmpdir(), "recourse-bench-backup-"));
const dataDir = path.join(work, "data");
await mkdir(dataDir, { mode: 0o700 });
const lock = await acquireDataDirLock(dataDir);
if (!lock.ok) throw new Error("lock");
const embedded = await startEmbeddedPostgres({
  dataDir: path.join(dataDir, "pglite"),
  socketDir: path.join(dataDir, "run"),
});
try {
  await promisify(execFile)(process.execPath, [...prismaNodeArgs(), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: embedded.url },
  });
  Object.assign(process.env, { DATABASE_URL: embedded.url, DATA_DIR: dataDir, DATABASE_POOL_MAX: "1" });
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");
  const { seedOneUser } = await import("./lib/bench-seed.mjs");
  const { db, disconnectDb } = await import("../lib/db");
  const t0 = performance.now();
  const closed = Math.floor(caseCount / 10);
  const seeded = await seedOneUser({ open: caseCount - closed, closed, eventsPerCase: 5, templates: 20 });
  const caseIds = (await db().case.findMany({ select: { id: true }, take: 100 })).map((c) => c.id);
  const files = Math.max(1, Math.round(evidenceMb / FILE_MB));
  for (let i = 0; i < files; i++) {
    const bytes = randomBytes(FILE_MB * 2 ** 20);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const caseId = caseIds[i % caseIds.length]!;
    const storageKey = `cases/${caseId}/${sha256}`;
    await mkdir(path.join(dataDir, "evidence", "cases", caseId), { recursive: true });
    await writeFile(path.join(dataDir, "evidence", ...storageKey.split("/")), bytes);
    await db().evidence.create({
      data: {
        caseId,
        sha256,
        size: bytes.length,
        mime: "application/octet-stream",
        ext: "bin",
        name: `${i}.bin`,
        storageKey,
      },
    });
  }
  await disconnectDb();
  console.log(
    `\nBackup and restore, embedded: ${seeded.cases} cases, ${seeded.events} events, ${files} evidence files (${files * FILE_MB} MB); seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  let idleDone = false;
  const idleTimer = setTimeout(() => (idleDone = true), 2_000);
  const idle = await probe(embedded.url, () => idleDone);
  clearTimeout(idleTimer);

  const file = path.join(work, "bench.backup");
  const childEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: undefined };
  let backupDone = false;
  const during = probe(embedded.url, () => backupDone);
  const backup = await runChild("scripts/backup.mjs", ["--out", file], childEnv);
  backupDone = true;
  const busy = await during;
  if (backup.code !== 0) throw new Error(backup.out);

  const restore = await runChild("scripts/restore.mjs", [file], { ...childEnv, DATA_DIR: path.join(work, "restored") });
  if (restore.code !== 0) throw new Error(restore.out);

  const row = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);
  row("npm run backup (app serving)", `${(backup.ms / 1000).toFixed(1)} s, peak RSS ${backup.rssMb.toFixed(0)} MB`);
  row(
    "npm run restore (fresh DATA_DIR)",
    `${(restore.ms / 1000).toFixed(1)} s, peak RSS ${restore.rssMb.toFixed(0)} MB`,
  );
  row(
    "SELECT 1 via the socket, idle",
    `p50 ${idle.p50.toFixed(1)} ms, p99 ${idle.p99.toFixed(1)} ms (${idle.n} queries)`,
  );
  row(
    "SELECT 1 via the socket, during the backup",
    `p50 ${busy.p50.toFixed(1)} ms, p99 ${busy.p99.toFixed(1)} ms, max ${busy.max.toFixed(0)} ms (${busy.n} queries)`,
  );
  console.log("  (baseline: none yet — first measurement of this bench)");
} finally {
  await embedded.stop();
  await lock.release();
  await rm(work, { recursive: true, force: true });
}
