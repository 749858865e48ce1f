import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres.mjs";
import { PGLITE_START_PARAMS } from "@/lib/db/pglite-memory.mjs";
import { createScratchDatabase } from "@/lib/db/scratch-database.mjs";

const MIGRATIONS = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** The real migration history's SQL, in order: tests run on exactly what production runs. */
async function migrationScripts(): Promise<string[]> {
  const dirs = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  return Promise.all(dirs.sort().map((dir) => readFile(path.join(MIGRATIONS, dir, "migration.sql"), "utf8")));
}

export async function applyMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of await migrationScripts()) await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A PGlite database with every migration applied, made once per test run (the integration
 * project's global setup) and dumped to a tarball: each test file starts an in-memory PGlite
 * from a copy of it instead of running initdb and the migrations again, as the launcher starts
 * from the build's initialised template (lib/db/pglite-memory.mjs). The launcher keeps its
 * database, so it copies a directory; a test's is thrown away, and memory is quicker.
 */
export async function makeMigratedTemplate(): Promise<{ tarball: string; remove: () => Promise<void> }> {
  const parent = await mkdtemp(path.join(os.tmpdir(), "recourse-test-template-"));
  const tarball = path.join(parent, "template.tar");
  const db = await PGlite.create({ startParams: PGLITE_START_PARAMS });
  try {
    for (const sql of await migrationScripts()) await db.exec(sql);
    // Tests connect only to "postgres": without the two template databases the tarball is 25 MB
    // instead of 40, and each file's PGlite starts in ~150 ms instead of ~250.
    await db.exec(`UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')`);
    await db.exec("DROP DATABASE template0");
    await db.exec("DROP DATABASE template1");
    await writeFile(tarball, Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer()));
  } finally {
    await db.close();
  }
  return { tarball, remove: () => rm(parent, { recursive: true, force: true }) };
}

export type TestDatabase = { url: string; stop: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: an in-memory PGlite served on loopback by
 * default (loaded from `template`, makeMigratedTemplate's tarball, when given; else migrated
 * here), or a new database on the server in TEST_DATABASE_URL.
 */
export async function startTestDatabase(template?: string): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const loadDataDir = template ? new Blob([await readFile(template)]) : undefined;
    const embedded = await startEmbeddedPostgres({ loadDataDir });
    if (!loadDataDir) await applyMigrations(embedded.url);
    return { url: embedded.url, stop: embedded.stop };
  }
  const scratch = await createScratchDatabase(serverUrl, "recourse_test");
  await applyMigrations(scratch.url);
  return scratch;
}
