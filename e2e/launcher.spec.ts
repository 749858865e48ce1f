import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.mjs";

// The launcher as a user runs it (`npm start` = node scripts/start.mjs), on the built app.

function launch(dataDir: string, port: number) {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "" },
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

test("a second launcher on the same data directory is refused; the first keeps serving", async ({ request }) => {
  const dataDir = process.env.E2E_DATA_DIR ?? "";
  const second = launch(dataDir, 3290);
  expect(await second.exited).toBe(1);
  expect(second.output()).toContain(`The data directory ${dataDir} is in use by another Recourse process (pid `);
  const stillServing = await request.get("/sign-in");
  expect(stillServing.status()).toBe(200);
});

test("SIGTERM stops Next, then closes PGlite: a committed write survives", async () => {
  test.setTimeout(120_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-launcher-"));
  let running: ChildProcess | undefined;
  try {
    const first = launch(dataDir, 3291);
    running = first.child;
    await waitFor(() => /served on 127\.0\.0\.1:(\d+)/.test(first.output()), "the embedded database");
    await waitFor(
      async () => (await fetch("http://localhost:3291/sign-in").catch(() => null))?.status === 200,
      "the web server",
    );
    const dbPort = /served on 127\.0\.0\.1:(\d+)/.exec(first.output())?.[1];
    const client = new pg.Client({
      connectionString: `postgres://postgres@127.0.0.1:${dbPort}/postgres?sslmode=disable`,
    });
    await client.connect();
    await client.query(
      `INSERT INTO "User" (id, email, "updatedAt") VALUES ('u-survivor', 'survivor@example.com', now())`,
    );
    await client.end();

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    running = undefined;
    expect(first.output()).toContain("[recourse] stopped.");

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
