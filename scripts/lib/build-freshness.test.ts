import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { buildNeeded, workerBuildNeeded } from "./build-freshness.mjs";

let root: string;
const at = (iso: string) => new Date(iso);

async function file(relative: string, mtime: string) {
  const full = path.join(root, relative);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, "x");
  await utimes(full, at(mtime), at(mtime));
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "recourse-build-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

test("no build → missing; build newer than every source → none needed", async () => {
  await file("app/page.tsx", "2026-01-01T00:00:00Z");
  expect(await buildNeeded(root)).toBe("missing");
  await file(".next/BUILD_ID", "2026-01-02T00:00:00Z");
  expect(await buildNeeded(root)).toBeNull();
});

test("a source file changed after the build → stale, however deep", async () => {
  await file(".next/BUILD_ID", "2026-01-02T00:00:00Z");
  await file("lib/deadlines/calendar/holidays-cn.ts", "2026-01-03T00:00:00Z");
  expect(await buildNeeded(root)).toBe("stale");
});

test("tests, generated code and dependencies do not count", async () => {
  await file(".next/BUILD_ID", "2026-01-02T00:00:00Z");
  await file("lib/cases/money.test.ts", "2026-01-03T00:00:00Z");
  await file("lib/db/generated/client.ts", "2026-01-03T00:00:00Z");
  await file("node_modules/x/index.js", "2026-01-03T00:00:00Z");
  expect(await buildNeeded(root)).toBeNull();
  await file("package-lock.json", "2026-01-03T00:00:00Z");
  expect(await buildNeeded(root)).toBe("stale");
});

test("the worker bundle: missing, fresh, or older than the worker's own sources", async () => {
  await file("scripts/worker.ts", "2026-01-01T00:00:00Z");
  expect(await workerBuildNeeded(root)).toBe("missing");
  await file(".worker/worker.mjs", "2026-01-02T00:00:00Z");
  expect(await workerBuildNeeded(root)).toBeNull();
  // The web app's own files are not the worker's business…
  await file("app/page.tsx", "2026-01-03T00:00:00Z");
  await file("lib/reminders/run-worker.test.ts", "2026-01-03T00:00:00Z");
  expect(await workerBuildNeeded(root)).toBeNull();
  // …lib/, the schema, the entry and the bundler's settings are.
  for (const source of ["lib/reminders/run-worker.ts", "prisma/schema.prisma", "scripts/lib/build-worker.mjs"]) {
    await file(".worker/worker.mjs", "2026-01-04T00:00:00Z");
    await file(source, "2026-01-05T00:00:00Z");
    expect(await workerBuildNeeded(root)).toBe("stale");
    await file(source, "2026-01-01T00:00:00Z");
  }
  await file("scripts/worker.ts", "2026-01-05T00:00:00Z");
  expect(await workerBuildNeeded(root)).toBe("stale");
});
