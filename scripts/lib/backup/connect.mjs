// Where a backup reads from and a restore writes to, as an ordinary `pg` connection:
// - scale mode: DATABASE_URL;
// - embedded, app running: the launcher's private Unix socket in DATA_DIR/run (only this OS user
//   can open it; ADR 0003) — PGlite stays in the launcher, which keeps serving;
// - embedded, app stopped: this process takes the data-directory lock and serves PGlite itself
//   on that socket for as long as it needs it.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { acquireDataDirLock } from "../data-dir-lock.mjs";
import { errnoCode } from "../errno.mjs";
import { BackupError } from "./messages.mjs";

/** @param {string} socketDir */
export function socketUrl(socketDir) {
  return `postgres://postgres@localhost:5432/postgres?host=${encodeURIComponent(socketDir)}&sslmode=disable`;
}

const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOENT",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "28P01",
  "28000",
  "3D000",
]);

/** @param {string} url @param {string} [dataDir] */
async function client(url, dataDir) {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  try {
    await c.connect();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!UNREACHABLE.has(errnoCode(error) ?? "") && !/timeout/i.test(message)) throw error;
    throw new BackupError("UNREACHABLE", { embedded: Boolean(dataDir), dir: dataDir, detail: message });
  }
  return c;
}

/**
 * @param {{ env: Record<string, string | undefined>, dataDir: string, template?: string, forRestore?: boolean }} options
 * @returns {Promise<{ mode: "scale" | "embedded-running" | "embedded-stopped", url: string, client: pg.Client, close: () => Promise<void>, holderPid?: number }>}
 */
export async function openDatabase({ env, dataDir, template }) {
  if (env.DATABASE_URL) {
    const c = await client(env.DATABASE_URL);
    return { mode: "scale", url: env.DATABASE_URL, client: c, close: () => c.end() };
  }
  const socketDir = path.join(dataDir, "run");
  const lock = await acquireDataDirLock(dataDir);
  if (!lock.ok) {
    const url = socketUrl(socketDir);
    const c = await client(url, dataDir);
    return { mode: "embedded-running", url, client: c, close: () => c.end(), holderPid: lock.holderPid };
  }
  try {
    const { startEmbeddedPostgres } = await import("../../../lib/db/embedded-postgres.mjs");
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite"), socketDir, template });
    const c = await client(embedded.url);
    return {
      mode: "embedded-stopped",
      url: embedded.url,
      client: c,
      async close() {
        await c.end().catch(() => {});
        await embedded.stop();
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** @param {string} dataDir */
export function hasEmbeddedDatabase(dataDir) {
  return existsSync(path.join(dataDir, "pglite", "PG_VERSION"));
}
