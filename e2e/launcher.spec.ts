import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.mjs";
import { createScratchDatabase } from "../lib/db/scratch-database.mjs";

// The launcher as a user runs it (`npm start` = node scripts/start.mjs), on the built app.

function launch(dataDir: string, port: number, extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitFor(predicate: () => boolean | Promise<boolean>, what: string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The launcher's log shows each step of its shutdown, in order (after `first`, when given). */
function expectShutdownInOrder(out: string, first?: string) {
  const steps = [
    ...(first ? [first] : []),
    "[recourse] stopping the web server…",
    "[recourse] stopping the reminder worker…",
    "[worker] stopped:",
    "[recourse] stopped.",
  ];
  const order = steps.map((line) => out.indexOf(line));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
}

test("a second launcher on the same data directory is refused; the first keeps serving", async ({ request }) => {
  const dataDir = process.env.E2E_DATA_DIR ?? "";
  const second = launch(dataDir, 3290);
  expect(await second.exited).toBe(1);
  expect(second.output()).toContain(`The data directory ${dataDir} is in use by another Recourse process (pid `);
  const stillServing = await request.get("/sign-in");
  expect(stillServing.status()).toBe(200);
});

test("SIGTERM stops Next, then the in-process reminder worker, then closes PGlite: a committed write survives", async () => {
  test.setTimeout(120_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-launcher-"));
  let running: ChildProcess | undefined;
  try {
    const first = launch(dataDir, 3291);
    running = first.child;
    await waitFor(() => /served on the socket (\S+)/.test(first.output()), "the embedded database");
    await waitFor(
      async () => (await fetch("http://localhost:3291/sign-in").catch(() => null))?.status === 200,
      "the web server",
    );
    const socketPath = /served on the socket (\S+)/.exec(first.output())?.[1] ?? "";
    expect(socketPath).toBe(path.join(dataDir, "run", ".s.PGSQL.5432"));
    const client = new pg.Client({ host: path.dirname(socketPath), port: 5432, user: "postgres" });
    await client.connect();
    await client.query(
      `INSERT INTO "User" (id, email, "updatedAt", "emailVerified") VALUES ('u-survivor', 'survivor@example.com', now(), now())`,
    );
    // The reminder worker runs inside the launcher (ADR 0020): no process of its own, no esbuild
    // left behind, and it works on the launcher's database — a due reminder of a closed case is
    // claimed and cancelled rather than sent.
    expect(first.output()).toContain(`[worker] reminder worker ${first.child.pid} started`);
    expect(await descendants(first.child.pid ?? 0)).toEqual([expect.stringContaining("scripts/server.mjs")]);
    await client.query(
      `INSERT INTO "Case" (id, "ownerId", kind, platform, title, status, "updatedAt")
       VALUES ('c-closed', 'u-survivor', 'FRAUD', 'WECHAT_PAY', 'closed case', 'CLOSED', now())`,
    );
    await client.query(
      `INSERT INTO "Reminder" (id, "idempotencyKey", "userId", "caseId", "ruleId", kind, "offsetHours", "dueAt", "sendAt", "planVersion", "updatedAt")
       VALUES ('r-closed', 'k-closed', 'u-survivor', 'c-closed', 'fraud.report', 'OBLIGATION', 2, now() + interval '2 hours', now(), 'old', now())`,
    );
    await waitFor(
      async () =>
        (await client.query<{ status: string }>(`SELECT status FROM "Reminder" WHERE id = 'r-closed'`)).rows[0]
          ?.status === "CANCELLED",
      "the in-process worker to cancel the closed case's reminder",
      30_000,
    );
    await client.end();

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    running = undefined;
    const out = first.output();
    expect(out).toContain("[recourse] stopped.");
    expectShutdownInOrder(out);

    const reopened = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite") });
    const reader = new pg.Client({ connectionString: reopened.url });
    await reader.connect();
    const { rows } = await reader.query<{ email: string }>(`SELECT email FROM "User" WHERE id = 'u-survivor'`);
    await reader.end();
    await reopened.stop();
    expect(rows).toEqual([{ email: "survivor@example.com" }]);
  } finally {
    running?.kill("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  }
});

test("an error nothing caught in the launcher stops it in order, as SIGTERM does, and exits 1", async () => {
  test.setTimeout(120_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-launcher-"));
  // Loaded into the launcher only: on SIGUSR2 it throws from a timer, where nothing catches it,
  // as a bug in the in-process worker's code would.
  const fault = path.join(dataDir, "..", `${path.basename(dataDir)}-fault.mjs`);
  await writeFile(
    fault,
    `if (process.argv.some((arg) => arg.endsWith("scripts/start.mjs"))) {
      process.on("SIGUSR2", () => setTimeout(() => { throw new Error("injected fault"); }));
    }`,
  );
  let running: ChildProcess | undefined;
  try {
    const app = launch(dataDir, 3294, { NODE_OPTIONS: `--import=${fault}` });
    running = app.child;
    await waitFor(
      async () => (await fetch("http://localhost:3294/sign-in").catch(() => null))?.status === 200,
      "the web server",
    );
    await waitFor(() => app.output().includes("[worker] reminder worker"), "the in-process worker");
    const children = await descendants(app.child.pid ?? 0);
    expect(children).toEqual([expect.stringContaining("scripts/server.mjs")]);

    app.child.kill("SIGUSR2");
    expect(await app.exited).toBe(1);
    running = undefined;
    const out = app.output();
    expect(out).toMatch(/\[recourse\] unexpected error, stopping: Error: injected fault/);
    expectShutdownInOrder(out, "unexpected error, stopping");
    expect(await fetch("http://localhost:3294/sign-in").catch(() => "refused")).toBe("refused");
  } finally {
    running?.kill("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
    await rm(fault, { force: true });
  }
});

/** Command lines of a process's children and their children, and so on. */
async function descendants(pid: number): Promise<string[]> {
  const found: string[] = [];
  const stack = [pid];
  const all = (await readdir("/proc")).filter((entry) => /^\d+$/.test(entry));
  while (stack.length > 0) {
    const parent = stack.pop();
    for (const entry of all) {
      const status = await readFile(`/proc/${entry}/status`, "utf8").catch(() => "");
      if (!new RegExp(`^PPid:\\s+${parent}$`, "m").test(status)) continue;
      found.push((await readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "")).replaceAll("\0", " "));
      stack.push(Number(entry));
    }
  }
  return found;
}

async function modes(dir: string): Promise<Set<string>> {
  const found = new Set<string>();
  const walk = async (d: string) => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        found.add(`dir ${((await stat(full)).mode & 0o777).toString(8)}`);
        await walk(full);
      } else if (entry.isFile()) found.add(`file ${((await stat(full)).mode & 0o777).toString(8)}`);
    }
  };
  await walk(dir);
  return found;
}

test("private embedded database: a Unix socket in a 0700 directory, data 0700/0600; kill -9 then restart at once", async () => {
  test.setTimeout(180_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-private-"));
  const running: ChildProcess[] = [];
  try {
    // A stale lock naming a live, unrelated process (this test's parent) must not block the start.
    await writeFile(path.join(dataDir, "recourse.lock"), JSON.stringify({ pid: process.ppid, startTime: "1" }));
    const first = launch(dataDir, 3292);
    running.push(first.child);
    await waitFor(
      async () => (await fetch("http://localhost:3292/sign-in").catch(() => null))?.status === 200,
      "the web server",
    );
    expect(first.output()).toContain(`took over a stale lock left by pid ${process.ppid}`);
    expect(first.output()).not.toMatch(/served on 127\.0\.0\.1/);
    expect(((await stat(dataDir)).mode & 0o777).toString(8)).toBe("700");
    expect(((await stat(path.join(dataDir, "run"))).mode & 0o777).toString(8)).toBe("700");
    expect([...(await modes(dataDir))].sort()).toEqual(["dir 700", "file 600"]);

    first.child.kill("SIGKILL");
    await first.exited;
    const second = launch(dataDir, 3292);
    running.push(second.child);
    await waitFor(() => second.output().includes("web server listening"), "the restarted web server", 120_000);
    expect((await fetch("http://localhost:3292/sign-in")).status).toBe(200);
    expect(second.output()).toContain(`took over a stale lock left by pid ${first.child.pid}`);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  } finally {
    for (const child of running) child.kill("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  }
});

test("a DATA_DIR that is a file gets a clear message", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "recourse-file-"));
  const file = path.join(dir, "data");
  await writeFile(file, "oops");
  try {
    const run = launch(file, 3293);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`DATA_DIR ${file} (or a folder above it) is a file, not a directory.`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// Issue 27, item 7: `npm start` as docker and systemd run it, and processes that never outlive
// the launcher. Ports next to this run's E2E_PORT, so parallel runs on one machine do not meet.
const npmPort = (offset: number) => Number(process.env.E2E_PORT ?? 3200) + offset;

/** `npm start` itself (npm → sh → node scripts/start.mjs), with its output. */
function npmStart(dataDir: string, port: number, extraEnv: Record<string, string> = {}) {
  const child = spawn("npm", ["start"], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Pids of a process's children, their children, and so on. */
async function descendantPids(pid: number): Promise<number[]> {
  const found: number[] = [];
  const stack = [pid];
  const all = (await readdir("/proc")).filter((entry) => /^\d+$/.test(entry));
  while (stack.length > 0) {
    const parent = stack.pop();
    for (const entry of all) {
      const status = await readFile(`/proc/${entry}/status`, "utf8").catch(() => "");
      if (!new RegExp(`^PPid:\\s+${parent}$`, "m").test(status)) continue;
      found.push(Number(entry));
      stack.push(Number(entry));
    }
  }
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  test(`${signal} sent to the \`npm start\` process stops the web server, the worker and PGlite in order; nothing is left`, async () => {
    test.setTimeout(180_000);
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-npm-"));
    const port = npmPort(signal === "SIGTERM" ? 5 : 6);
    const app = npmStart(dataDir, port);
    let tree: number[] = [];
    try {
      await waitFor(
        async () => (await fetch(`http://localhost:${port}/sign-in`).catch(() => null))?.status === 200,
        "the web server",
        120_000,
      );
      await waitFor(() => app.output().includes("[worker] reminder worker"), "the in-process worker");
      tree = await descendantPids(app.child.pid ?? 0);
      expect(tree.length).toBeGreaterThanOrEqual(2); // the launcher and its web server, at least
      app.child.kill(signal); // to npm only, as `docker stop` / systemd / `kill` do — not the group
      expect(await app.exited).toBe(0);
      expectShutdownInOrder(app.output());
      await waitFor(() => tree.every((pid) => !alive(pid)), "every process under npm to exit", 10_000);
      expect(await fetch(`http://localhost:${port}/sign-in`).catch(() => "refused")).toBe("refused");
    } finally {
      app.child.kill("SIGKILL");
      for (const pid of tree) if (alive(pid)) process.kill(pid, "SIGKILL");
      await rm(dataDir, { recursive: true, force: true });
    }
  });
}

test("scale mode: kill -9 of the launcher → its web server and worker processes exit too", async () => {
  test.setTimeout(180_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-scale-kill-"));
  const server = process.env.DRIFT_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const scratch = await createScratchDatabase(server, "recourse_e2e_kill");
  const port = npmPort(7);
  const app = npmStart(dataDir, port, {
    DATABASE_URL: scratch.url,
    NEXTAUTH_SECRET: "a-scale-mode-secret-that-is-long-enough-0123456789",
    HOST: "127.0.0.1",
  });
  let tree: number[] = [];
  try {
    await waitFor(
      async () => (await fetch(`http://localhost:${port}/sign-in`).catch(() => null))?.status === 200,
      "the web server",
      120_000,
    );
    await waitFor(() => app.output().includes("[worker] reminder worker"), "the worker process");
    tree = await descendantPids(app.child.pid ?? 0);
    const launcher = tree.find((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("scripts/start.mjs"));
    expect(launcher).toBeDefined();
    const children = await descendantPids(launcher ?? 0);
    const cmdlines = children.map((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " "));
    expect(cmdlines).toEqual(
      expect.arrayContaining([
        expect.stringContaining("scripts/server.mjs"),
        expect.stringContaining(".worker/worker.mjs"),
      ]),
    );

    process.kill(launcher ?? 0, "SIGKILL");
    await waitFor(() => children.every((pid) => !alive(pid)), "the web server and the worker to exit", 20_000);
    expect(app.output()).toContain("[recourse] the launcher is gone: stopping the web server.");
    expect(app.output()).toContain("[worker] the launcher is gone: finishing the batch in hand…");
  } finally {
    app.child.kill("SIGKILL");
    for (const pid of tree) if (alive(pid)) process.kill(pid, "SIGKILL");
    await app.exited;
    await scratch.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
