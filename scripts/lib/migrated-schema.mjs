// What the migration history builds, as a Prisma schema: apply prisma/migrations
// to an empty database with the real `prisma migrate deploy`, then introspect it.
// Used to author new migrations and to prove there is no drift.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createScratchDatabase } from "../../lib/db/scratch-database.mjs";
import { prismaNodeArgs } from "./prisma-cli.mjs";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
export const schemaPath = path.join(root, "prisma", "schema.prisma");
const migrationsDir = path.join(root, "prisma", "migrations");

/**
 * Runs the Prisma CLI; resolves with its exit code and output instead of throwing on non-zero.
 * @param {string[]} args
 * @param {string} databaseUrl
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export async function prisma(args, databaseUrl) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...prismaNodeArgs(), ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    // execFile's error for a non-zero exit: `code` is the exit status, the output rides along.
    const exit = /** @type {{ code?: unknown, stdout?: string, stderr?: string }} */ (error);
    if (typeof exit.code !== "number") throw error;
    return { code: exit.code, stdout: exit.stdout ?? "", stderr: exit.stderr ?? "" };
  }
}

export function hasMigrations() {
  return readdirSync(migrationsDir, { withFileTypes: true }).some((d) => d.isDirectory());
}

export const DEFAULT_SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * Applies every migration to a fresh database on the PostgreSQL server at
 * `serverUrl`, introspects it into a temp schema file, and calls `work` with the
 * database's URL (the Prisma CLI needs a live connection even to diff two files)
 * and that file (null when there is no migration yet). Drops the database after.
 * PGlite cannot serve this: Prisma's introspection panics on its Postgres 18.
 * @template T
 * @param {string} serverUrl
 * @param {(url: string, migratedSchema: string | null) => Promise<T>} work
 * @returns {Promise<T>}
 */
export async function withMigratedDatabase(serverUrl, work) {
  const database = await createScratchDatabase(serverUrl, "recourse_drift");
  /** @type {string | null} */
  let file = null;
  try {
    if (hasMigrations()) {
      const deploy = await prisma(["migrate", "deploy"], database.url);
      if (deploy.code !== 0) throw new Error(`prisma migrate deploy failed:\n${deploy.stdout}${deploy.stderr}`);
      const pulled = await prisma(["db", "pull", "--print"], database.url);
      if (pulled.code !== 0) throw new Error(`prisma db pull failed:\n${pulled.stdout}${pulled.stderr}`);
      // --print also writes the CLI's warnings to stdout: keep only the schema.
      const start = pulled.stdout.search(/^generator /m);
      if (start < 0) throw new Error(`prisma db pull printed no schema:\n${pulled.stdout}`);
      file = path.join(os.tmpdir(), `recourse-migrated-${randomBytes(4).toString("hex")}.prisma`);
      await writeFile(file, pulled.stdout.slice(start));
    }
    return await work(database.url, file);
  } finally {
    if (file) await rm(file, { force: true });
    await database.stop();
  }
}
