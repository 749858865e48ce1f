/**
 * Backup and restore of an embedded installation with the app serving (`npm run bench`, after
 * `npm run build`; issue 24). The production build is started by the real launcher (`npm start`:
 * PGlite on DATA_DIR's private socket, the worker, the web server from .next) on a fresh
 * DATA_DIR, which is then seeded through its socket: one user with --cases cases (default 2,000,
 * five events each) and --evidence-mb of evidence (default 500) in 5 MB files. While one client
 * polls the trivial route (GET /api/health: no database) and another a route that reads the
 * database (a calendar feed's warm poll: one query, then 304), `npm run backup -- --out <file>`
 * asks the running launcher for a live backup. Printed side by side: each route's p50 / p99 / max
 * idle and during the backup (target for the trivial route: max < 200 ms), and the backup's wall
 * time (npm's own start included) and peak RSS. Then the app is stopped and `npm run restore`
 * fills a fresh DATA_DIR: its time and peak RSS, and a check that the restored installation holds
 * what was seeded (cases, events, evidence rows and blobs), which fails the bench if not.
 * Informational: timings never decide pass/fail. Needs `--conditions=react-server` (lib code
 * imports `server-only`), which the npm script passes.
 *
 *   tsx --conditions=react-server scripts/bench-backup.mts [--evidence-mb 500] [--cases 2000]
 */
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import {
  embeddedEnv,
  freePort,
  latencyLine,
  MB,
  poll,
  requireBuild,
  sleep,
  startApp,
  stopApp,
  timeGet,
  pointAtAppDatabase,
  type App,
  type GetOptions,
} from "./lib/bench-app.mjs";
import { openDatabase } from "./lib/backup/connect.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const evidenceMb = arg("evidence-mb", 500);
const caseCount = arg("cases", 2000);
const FILE_MB = 5;
const IDLE_MS = 5_000;

type Seeded = { cases: number; events: number; files: number; feedToken: string };

/** One user's cases through the app's own code, evidence blobs in the local store's layout, a feed URL. */
async function seed(dataDir: string): Promise<Seeded> {
  const { seedOneUser } = await import("./lib/bench-seed.mjs");
  const { db } = await import("@/lib/db");
  const { issueCalendarFeed } = await import("@/lib/calendar-feed");
  const { runEmbeddedAutovacuum } = await import("@/lib/maintenance/embedded-autovacuum");
  const closed = Math.floor(caseCount / 10);
  const seeded = await seedOneUser({ open: caseCount - closed, closed, eventsPerCase: 5, templates: 20 });
  const caseIds = (await db().case.findMany({ select: { id: true }, take: 100 })).map((c) => c.id);
  const files = Math.max(1, Math.round(evidenceMb / FILE_MB));
  for (let i = 0; i < files; i++) {
    const bytes = randomBytes(FILE_MB * MB);
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
  const feedToken = await issueCalendarFeed(seeded.userId, new Date());
  // PGlite has no autovacuum; the worker does its round once a minute. Run it now so that it
  // does not fall inside a measurement.
  await runEmbeddedAutovacuum(db());
  return { cases: seeded.cases, events: seeded.events, files, feedToken };
}

/**
 * `npm run <script> -- <args>` as a user types it: its wall time, and the peak RSS of the
 * script's own node process (scripts/lib/report-max-rss.cjs, preloaded into every node of the run).
 */
function npmRun(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const reporter = JSON.stringify(path.join(root, "scripts/lib/report-max-rss.cjs"));
  const NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --require ${reporter}`.trim();
  return new Promise<{ ms: number; rssMb: number; code: number | null; out: string }>((resolve, reject) => {
    const started = performance.now();
    const child = spawn("npm", ["run", script, "--", ...args], {
      cwd: root,
      env: { ...env, NODE_OPTIONS },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const kb = Number(new RegExp(`max-rss-kb (\\d+) ${script}\\.mjs`).exec(out)?.[1] ?? NaN);
      resolve({ ms: performance.now() - started, rssMb: kb / 1024, code, out });
    });
  });
}

/** `work` while one client per target polls it: its result and each target's answer times. */
async function whilePolling<T>(targets: [string, GetOptions][], work: () => Promise<T>) {
  let done = false;
  const polls = Promise.all(targets.map(([url, options]) => poll(url, () => done, options)));
  polls.catch(() => {}); // awaited below, after `work`
  let result: T;
  try {
    result = await work();
  } finally {
    done = true;
  }
  return { result, times: await polls };
}

/** What the restored DATA_DIR holds: rows through its own PGlite, blobs on disk. */
async function restoredContents(dataDir: string) {
  const database = await openDatabase({ env: {}, dataDir });
  let counts: { cases: number; events: number; evidence: number } | undefined;
  try {
    const { rows } = await database.client.query<{ cases: number; events: number; evidence: number }>(
      `SELECT (SELECT count(*) FROM "Case")::int AS cases, (SELECT count(*) FROM "CaseEvent")::int AS events,
              (SELECT count(*) FROM "Evidence")::int AS evidence`,
    );
    counts = rows[0];
  } finally {
    await database.close();
  }
  let blobs = 0;
  let bytes = 0;
  for (const entry of await readdir(path.join(dataDir, "evidence"), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    blobs++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return {
    cases: counts?.cases ?? NaN,
    events: counts?.events ?? NaN,
    evidence: counts?.evidence ?? NaN,
    blobs,
    bytes,
  };
}

await requireBuild("bench-backup");
const work = await mkdtemp(path.join(os.tmpdir(), "recourse-bench-backup-"));
const dataDir = path.join(work, "data");
const restoredDir = path.join(work, "restored");
const file = path.join(work, "bench.backup");
let app: App | undefined;
let usedDb = false;
let cleaning: Promise<void> | undefined;
/** Stops the app and removes every temporary file: after the run, on a failure, on Ctrl-C. */
const cleanup = () =>
  (cleaning ??= (async () => {
    if (usedDb) await (await import("@/lib/db")).disconnectDb();
    if (app) await stopApp(app);
    await rm(work, { recursive: true, force: true });
  })());
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanup().finally(() => process.exit(130)));
}

try {
  const port = await freePort();
  console.log(`\nBackup and restore bench: the production build (npm start, embedded) on 127.0.0.1:${port}`);
  app = await startApp(dataDir, port);
  await pointAtAppDatabase(dataDir);
  process.env.DATABASE_POOL_MAX = "1"; // PGlite is one session: one connection, as the app's
  usedDb = true;
  const t0 = performance.now();
  const seeded = await seed(dataDir);
  await (await import("@/lib/db")).disconnectDb();
  usedDb = false;
  console.log(
    `  seeded through the running app: ${seeded.cases} cases, ${seeded.events} events, ${seeded.files} evidence files ` +
      `(${seeded.files * FILE_MB} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const feedUrl = `${app.base}/feed/${seeded.feedToken}.ics`;
  const first = await fetch(feedUrl); // built once; every later poll is the warm path
  await first.text();
  const etag = first.headers.get("etag");
  if (first.status !== 200 || !etag) throw new Error(`the calendar feed answered ${first.status}`);
  const targets: [string, GetOptions][] = [
    [`${app.base}/api/health`, {}],
    // 200 only if the hour turns during the run (the feed is built again once).
    [feedUrl, { headers: { "If-None-Match": etag }, statuses: [304, 200] }],
  ];
  for (const [url, options] of targets) for (let i = 0; i < 20; i++) await timeGet(url, options); // warmed up
  const idle = await whilePolling(targets, () => sleep(IDLE_MS));
  const busy = await whilePolling(targets, () => npmRun("backup", ["--out", file], embeddedEnv(dataDir)));
  const backup = busy.result;
  if (backup.code !== 0) throw new Error(`npm run backup failed:\n${backup.out}`);
  const backupMb = (await stat(file)).size / MB;
  await stopApp(app);
  app = undefined;

  const restore = await npmRun("restore", [file], embeddedEnv(restoredDir));
  if (restore.code !== 0) throw new Error(`npm run restore failed:\n${restore.out}`);
  const restored = await restoredContents(restoredDir);
  const expected = {
    cases: seeded.cases,
    events: seeded.events,
    evidence: seeded.files,
    blobs: seeded.files,
    bytes: seeded.files * FILE_MB * MB,
  };
  const mismatched = Object.entries(expected).filter(
    ([key, value]) => restored[key as keyof typeof expected] !== value,
  );

  const row = (label: string, ...values: string[]) =>
    console.log(`  ${label.padEnd(44)} ${values.map((v, i) => (i < values.length - 1 ? v.padEnd(30) : v)).join(" ")}`);
  console.log();
  row("latency, one client per route", "idle: p50 / p99 / max (n)", "during the backup");
  row("GET /api/health (no database)", latencyLine(idle.times[0]!), latencyLine(busy.times[0]!));
  row("GET /feed/<token>.ics, 304 (one query)", latencyLine(idle.times[1]!), latencyLine(busy.times[1]!));
  console.log("  (target: /api/health max < 200 ms during the backup; informational, as every timing here)");
  row(
    "npm run backup (app serving)",
    `${(backup.ms / 1000).toFixed(1)} s, peak RSS ${backup.rssMb.toFixed(0)} MB (scripts/backup.mjs), file ${backupMb.toFixed(0)} MB`,
  );
  row(
    "npm run restore (fresh DATA_DIR)",
    `${(restore.ms / 1000).toFixed(1)} s, peak RSS ${restore.rssMb.toFixed(0)} MB (scripts/restore.mjs)`,
  );
  row(
    "restored DATA_DIR",
    `${restored.cases} cases, ${restored.events} events, ${restored.evidence} evidence rows, ` +
      `${restored.blobs} blobs (${(restored.bytes / MB).toFixed(0)} MB): ${mismatched.length ? "NOT as seeded" : "as seeded"}`,
  );
  console.log(
    "  (before, ADR 0030, 2,000 cases and 500 MB, the bench as launcher and no web server: backup 8.0 s, 224 MB; restore 25.5 s, 281 MB)",
  );
  if (mismatched.length) {
    throw new Error(`the restore does not hold what was seeded: ${JSON.stringify({ expected, restored })}`);
  }
} finally {
  await cleanup();
}
