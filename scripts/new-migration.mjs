#!/usr/bin/env node
// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes what the existing migrations build to prisma/schema.prisma.
// Offline, no shadow database. Preferred: apply the migrations to a fresh database on
// the PostgreSQL server (DRIFT_DATABASE_URL, else 127.0.0.1:5432) and introspect it.
// Without a server: diff from prisma/schema.prisma as committed at HEAD (correct as
// long as HEAD has no drift, which CI proves).
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.mjs";
import {
  DEFAULT_SERVER_URL,
  hasMigrations,
  prisma,
  root,
  schemaPath,
  withMigratedDatabase,
} from "./lib/migrated-schema.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]{1,60}$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lowercase letters, digits and _; e.g. add_case_notes)");
  process.exit(1);
}

const toSchema = ["--to-schema-datamodel", schemaPath, "--script"];

/** @param {string} serverUrl */
function diffFromMigrations(serverUrl) {
  return withMigratedDatabase(serverUrl, (url, migrated) =>
    prisma(
      ["migrate", "diff", ...(migrated ? ["--from-schema-datamodel", migrated] : ["--from-empty"]), ...toSchema],
      url,
    ),
  );
}

async function diffFromHead() {
  // The CLI needs a live connection even to compare two files: an in-memory PGlite will do.
  const embedded = await startEmbeddedPostgres();
  const headSchema = path.join(os.tmpdir(), `recourse-head-${process.pid}.prisma`);
  try {
    let from = ["--from-empty"];
    if (hasMigrations()) {
      const { stdout } = await promisify(execFile)("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root });
      await writeFile(headSchema, stdout);
      from = ["--from-schema-datamodel", headSchema];
    }
    return await prisma(["migrate", "diff", ...from, ...toSchema], embedded.url);
  } finally {
    await rm(headSchema, { force: true });
    await embedded.stop();
  }
}

const serverUrl = process.env.DRIFT_DATABASE_URL ?? DEFAULT_SERVER_URL;
const diff = await diffFromMigrations(serverUrl).catch(async (error) => {
  console.warn(
    `[migration] no PostgreSQL server at ${new URL(serverUrl).host} (${String(error instanceof Error ? error.message : error).split("\n")[0]}).`,
  );
  console.warn("[migration] diffing from prisma/schema.prisma at HEAD instead: commit every earlier migration first.");
  return diffFromHead();
});
if (diff.code !== 0) {
  console.error(`prisma migrate diff failed:\n${diff.stdout}${diff.stderr}`);
  process.exit(1);
}
if (/^-- This is an empty migration\.\s*$/m.test(diff.stdout) || diff.stdout.trim() === "") {
  console.log("No schema changes: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), diff.stdout);
console.log(`Wrote ${path.relative(root, dir)}/migration.sql — review it, then commit it with the schema change.`);
