import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { seedFromTemplate } from "./pglite-memory.mjs";

let dir: string;
let template: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "recourse-template-"));
  template = path.join(dir, "template");
  await mkdir(path.join(template, "base", "1"), { recursive: true });
  await writeFile(path.join(template, "PG_VERSION"), "17\n");
  await writeFile(path.join(template, "base", "1", "1259"), "catalog");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("a missing or empty data directory gets a copy of the template, and nothing is left aside", async () => {
  for (const name of ["missing", "empty"]) {
    const dataDir = path.join(dir, name);
    if (name === "empty") await mkdir(dataDir);
    expect(await seedFromTemplate(dataDir, template)).toBe(true);
    expect(await readFile(path.join(dataDir, "PG_VERSION"), "utf8")).toBe("17\n");
    expect(await readFile(path.join(dataDir, "base", "1", "1259"), "utf8")).toBe("catalog");
  }
  expect((await readdir(dir)).sort()).toEqual(["empty", "missing", "template"]);
});

test("an existing database, or a directory with other files, is never overwritten", async () => {
  const existing = path.join(dir, "existing");
  await mkdir(existing);
  await writeFile(path.join(existing, "PG_VERSION"), "17\n");
  await writeFile(path.join(existing, "mine"), "user data");
  expect(await seedFromTemplate(existing, template)).toBe(false);
  expect(await readdir(existing)).toEqual(["PG_VERSION", "mine"]);

  const other = path.join(dir, "other");
  await mkdir(other);
  await writeFile(path.join(other, "notes.txt"), "not a database");
  expect(await seedFromTemplate(other, template)).toBe(false);
  expect(await readdir(other)).toEqual(["notes.txt"]);
});

test("no template (or one without PG_VERSION) → nothing copied: PGlite runs initdb itself", async () => {
  const dataDir = path.join(dir, "data");
  expect(await seedFromTemplate(dataDir, path.join(dir, "absent"))).toBe(false);
  await rm(path.join(template, "PG_VERSION"));
  expect(await seedFromTemplate(dataDir, template)).toBe(false);
  expect(await readdir(dir)).toEqual(["template"]);
});
