#!/usr/bin/env node
// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes what the existing migrations build to prisma/schema.prisma.
// Offline, no shadow database: the migrations are applied to a fresh database on the
// PostgreSQL server (DRIFT_DATABASE_URL, else 127.0.0.1:5432) and introspected.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_SERVER_URL, prisma, root, schemaPath, withMigratedDatabase } from "./lib/migrated-schema.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]{1,60}$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lowercase letters, digits and _; e.g. add_case_notes)");
  process.exit(1);
}

const serverUrl = process.env.DRIFT_DATABASE_URL ?? DEFAULT_SERVER_URL;
const diff = await withMigratedDatabase(serverUrl, (url, migrated) => {
  const from = migrated ? ["--from-schema-datamodel", migrated] : ["--from-empty"];
  return prisma(["migrate", "diff", ...from, "--to-schema-datamodel", schemaPath, "--script"], url);
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
