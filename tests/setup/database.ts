import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres.mjs";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");

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
  const name = `recourse_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    async stop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
