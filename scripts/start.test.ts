import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";

// Issue 27, item 4: the launcher validates the whole environment with lib/env.ts's schema
// before it starts anything (no data directory, no database, no build, no server), in both
// modes, and exits 1 with the sentence.

const root = fileURLToPath(new URL("..", import.meta.url));
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "recourse-start-config-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function launch(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { NODE_ENV: "production", PATH: process.env.PATH ?? "", HOME: os.tmpdir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (code: number | null) => resolve({ code, output })));
}

test("scale mode with NEXTAUTH_SECRET=short: exit 1 with the sentence, before touching the data directory or the database", async () => {
  const dataDir = path.join(scratch, "scale-short-secret");
  // Port 1 on loopback: nothing listens there, so any connection attempt would show as an error.
  const run = await launch({
    DATABASE_URL: "postgres://postgres@127.0.0.1:1/none",
    NEXTAUTH_SECRET: "short",
    DATA_DIR: dataDir,
  });
  expect(run.code).toBe(1);
  expect(run.output).toContain("NEXTAUTH_SECRET: NEXTAUTH_SECRET must be at least 32 characters");
  expect(run.output).not.toMatch(/migrations|ECONNREFUSED|web server/);
  expect(existsSync(dataDir)).toBe(false);
}, 180_000);

test("embedded mode with a bad value (SMTP_URL, REMINDER_BATCH_SIZE): exit 1 naming both, no PGlite started", async () => {
  const dataDir = path.join(scratch, "embedded-bad");
  const run = await launch({ SMTP_URL: "http://mail.example", REMINDER_BATCH_SIZE: "0", DATA_DIR: dataDir });
  expect(run.code).toBe(1);
  expect(run.output).toContain("SMTP_URL: SMTP_URL must be smtp:// or smtps://");
  expect(run.output).toMatch(/REMINDER_BATCH_SIZE: .*>=\s*1/);
  expect(run.output).not.toContain("embedded database");
  expect(existsSync(dataDir)).toBe(false);
}, 180_000);

test("scale mode without NEXTAUTH_SECRET: the sentence says every replica must share it", async () => {
  const dataDir = path.join(scratch, "scale-no-secret");
  const run = await launch({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/none", DATA_DIR: dataDir });
  expect(run.code).toBe(1);
  expect(run.output).toContain(
    "NEXTAUTH_SECRET is required in scale mode (DATABASE_URL set): every web replica must share it.",
  );
  expect(existsSync(dataDir)).toBe(false);
}, 180_000);
