// The production app for the benches that measure it from outside (bench-pages, bench-backup):
// started by the real launcher (`npm start`: PGlite on DATA_DIR's private socket, the worker
// inside it, the web server from the built .next) on a free port, its process tree's RSS, and
// requests over 127.0.0.1 timed as a user would see them.
import { spawn, type ChildProcess } from "node:child_process";
import { readFile, readdir } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { socketUrl } from "./backup/connect.mjs";
import { buildNeeded } from "./build-freshness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const MB = 1024 * 1024;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The bench runs the built app, never builds it: a missing or stale build stops it here. */
export async function requireBuild(bench: string): Promise<void> {
  const why = await buildNeeded(root);
  if (!why) return;
  console.error(`${bench}: the production build is ${why}; run \`npm run build\` first.`);
  process.exit(1);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("port"))));
    });
  });
}

export type Proc = { pid: number; name: string; rss: number };

/** What a process of the launcher's tree is, from its command line. */
function roleOf(cmdline: string, fallback: string): string {
  if (cmdline.includes("scripts/start.mjs")) return "launcher";
  if (cmdline.includes("scripts/server.mjs")) return "web server";
  if (cmdline.includes(".worker/worker.mjs")) return "worker";
  if (cmdline.includes("build-worker.mjs")) return "worker build";
  if (/prisma[^ ]*build\/index\.js/.test(cmdline)) return "prisma migrate";
  return fallback;
}

export function describeProcs(procs: Proc[]): string {
  return procs.map((p) => `${p.name} ${(p.rss / MB).toFixed(0)} MB`).join(", ");
}

/** Each process of the tree with what it is (launcher, web server…) and its RSS. */
export async function treeProcesses(rootPid: number): Promise<Proc[]> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = await readFile(`/proc/${entry}/status`, "utf8");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      parents.set(Number(entry), ppid);
      const cmdline = (await readFile(`/proc/${entry}/cmdline`, "utf8")).replaceAll("\0", " ");
      names.set(Number(entry), roleOf(cmdline, /^Name:\s+(.+)$/m.exec(status)?.[1] ?? "?"));
      rss.set(Number(entry), kb * 1024);
    } catch {
      // the process ended while we looked
    }
  }
  const found: Proc[] = [];
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (rss.has(pid)) found.push({ pid, name: names.get(pid) ?? "?", rss: rss.get(pid)! });
    for (const [child, parent] of parents) if (parent === pid) stack.push(child);
  }
  return found;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export type GetOptions = { cookie?: string; headers?: Record<string, string>; statuses?: number[] };

/** One GET, body read: its time in ms. An answer outside `statuses` (default: 200) throws. */
export async function timeGet(url: string, { cookie, headers = {}, statuses = [200] }: GetOptions = {}) {
  const t0 = performance.now();
  const response = await fetch(url, { headers: cookie ? { ...headers, cookie } : headers, redirect: "manual" });
  const body = await response.text();
  const ms = performance.now() - t0;
  if (!statuses.includes(response.status)) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 200)}`);
  return ms;
}

/** One client polling `url` with a 20 ms pause between answers until `done()`: each answer's time. */
export async function poll(url: string, done: () => boolean, options?: GetOptions): Promise<number[]> {
  const times: number[] = [];
  while (!done()) {
    times.push(await timeGet(url, options));
    await sleep(20);
  }
  return times;
}

/** "p50 / p99 / max" of a poll, in ms, with its count. */
export function latencyLine(times: number[]): string {
  const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
  const max = times.length > 0 ? Math.max(...times) : NaN;
  return `${ms(percentile(times, 50))} / ${ms(percentile(times, 99))} / ${ms(max)} ms (${times.length})`;
}

/**
 * This shell's environment for an embedded installation in `dataDir`, minus what would point
 * the app or the backup CLIs elsewhere (a PostgreSQL server, a bucket, another secret or URL).
 */
export function embeddedEnv(dataDir: string): NodeJS.ProcessEnv {
  const {
    NEXTAUTH_URL: _url,
    NEXTAUTH_SECRET: _secret,
    DATABASE_URL: _database,
    S3_BUCKET: _bucket,
    ...rest
  } = process.env;
  return { ...rest, DATA_DIR: dataDir };
}

/**
 * This process's lib/db and session cookies, on the running app's database: the embedded one
 * listens only on a Unix socket in DATA_DIR/run (ADR 0003) and the launcher keeps the secret in
 * DATA_DIR/auth-secret. Before lib/db is first imported.
 */
export async function pointAtAppDatabase(dataDir: string): Promise<void> {
  process.env.DATABASE_URL = socketUrl(path.join(dataDir, "run"));
  process.env.NEXTAUTH_SECRET = (await readFile(path.join(dataDir, "auth-secret"), "utf8")).trim();
}

export type App = Awaited<ReturnType<typeof startApp>>;

/** `npm start` on `dataDir` and `port`: resolves once it answers, with its start's peak RSS. */
export async function startApp(dataDir: string, port: number) {
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env: { ...embeddedEnv(dataDir), PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  let peak = 0;
  let peakParts: Proc[] = [];
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const parts = await treeProcesses(child.pid!);
      const total = parts.reduce((sum, p) => sum + p.rss, 0);
      if (total > peak) [peak, peakParts] = [total, parts];
      await sleep(50);
    }
  })();
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  try {
    await waitForApp(child, base, t0, () => log);
    await timeGet(`${base}/sign-in`);
  } catch (error) {
    // Never leave a launcher (and its database) running behind a failed start.
    sampling = false;
    await stopApp({ child });
    throw error;
  }
  const startMs = performance.now() - t0;
  sampling = false;
  await sampler;
  return { child, base, peak, peakParts, startMs, log: () => log };
}

async function waitForApp(child: ChildProcess, base: string, t0: number, log: () => string) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the launcher exited:\n${log()}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - t0 > 240_000) throw new Error(`no answer after 4 minutes:\n${log()}`);
    await sleep(100);
  }
}

/** SIGTERM to the launcher (it stops the web server, the worker, then PGlite); SIGKILL after a minute. */
export async function stopApp({ child }: { child: ChildProcess }): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  await exited;
  clearTimeout(timer);
}
