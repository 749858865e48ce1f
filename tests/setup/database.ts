import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres.mjs";
import { createScratchDatabase } from "@/lib/db/scratch-database.mjs";

const MIGRATIONS = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** The real migration history, in order: tests run on exactly what production runs. */
export async function applyMigrations(url: string): Promise<void> {
  const dirs = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const dir of dirs.sort()) {
      await client.query(await readFile(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
    }
  } finally {
    await client.end();
  }
}

export type TestDatabase = { url: string; stop: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: an in-memory PGlite served on
 * loopback by default, or a new database on the server in TEST_DATABASE_URL.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    await applyMigrations(embedded.url);
    return { url: embedded.url, stop: embedded.stop };
  }
  const scratch = await createScratchDatabase(serverUrl, "recourse_test");
  await applyMigrations(scratch.url);
  return scratch;
}
