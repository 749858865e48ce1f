// `npm run backup`: one tar file holding a consistent logical dump of the database, every
// evidence blob the dump refers to, and manifest.json (format, schema level, SHA-256 of every
// part, every case's audit-chain head). Written beside the target as *.partial and given its
// name when complete (a hard link, which never replaces a file), so a file with the final name
// is always a whole backup.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { link, open, readFile, rename, rm, statfs, unlink } from "node:fs/promises";
import path from "node:path";
import { errnoCode } from "../errno.mjs";
import { blobsFromEnv } from "./blobs.mjs";
import { hasEmbeddedDatabase, openDatabase } from "./connect.mjs";
import { appliedMigrations, auditHeads, tablesInLoadOrder, tableLines } from "./database.mjs";
import { BackupError } from "./messages.mjs";
import { TarWriter } from "./tar.mjs";

export const FORMAT = "recourse-backup";
export const FORMAT_VERSION = 1;
export const MANIFEST = "manifest.json";
export const MANIFEST_SUM = "manifest.json.sha256";

/**
 * @typedef {import("./manifest.mjs").BackupManifest} BackupManifest
 * @typedef {import("./manifest.mjs").BackupPart} BackupPart
 * @typedef {{ out: string, env: Record<string, string | undefined>, dataDir: string, now: Date }} BackupTarget
 */

class BlobGone extends Error {}

/**
 * @param {AsyncIterable<string>} lines
 * @param {{ rows: number }} counter
 */
async function* counted(lines, counter) {
  for await (const chunk of lines) {
    for (let i = chunk.indexOf("\n"); i >= 0; i = chunk.indexOf("\n", i + 1)) counter.rows++;
    yield chunk;
  }
}

/** @param {unknown} error @param {string} out */
function diskFull(error, out) {
  const code = errnoCode(error);
  if (code === "ENOSPC" || code === "EDQUOT") {
    return new BackupError("DISK_FULL", { where: path.dirname(out), restore: false });
  }
  return error;
}

/**
 * One attempt: database first (one snapshot, then the connection is given back), blobs after.
 * @param {BackupTarget} target
 * @returns {Promise<{ manifest: BackupManifest, bytes: number }>}
 */
async function writeOnce({ out, env, dataDir, now }) {
  const partial = `${out}.partial-${process.pid}`;
  const handle = await open(partial, "wx", 0o600);
  const writer = new TarWriter(handle, now.getTime());
  /** @type {BackupPart[]} */
  const parts = [];
  /** @type {Awaited<ReturnType<typeof openDatabase>> | undefined} */
  let db;
  try {
    db = await openDatabase({ env, dataDir });
    const { client } = db;
    const mode = db.mode === "scale" ? "scale" : "embedded";
    let migrations, heads, evidence;
    /** @type {string[]} */
    const tables = [];
    // One snapshot for every table. Embedded, the launcher's PGlite serves other connections
    // only between this transaction's statements once it ends (pglite-socket runs one
    // transaction at a time), so the app waits for the dump: seconds for thousands of cases.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      migrations = await appliedMigrations(client);
      for (const table of await tablesInLoadOrder(client)) {
        const counter = { rows: 0 };
        const name = `database/${table}.jsonl`;
        const written = await writer.add(name, counted(tableLines(client, table), counter));
        parts.push({ name, kind: "table", table, rows: counter.rows, ...written });
        tables.push(table);
      }
      heads = await auditHeads(client);
      /** @type {import("pg").QueryResult<{ key: string, sha256: string, size: string | number }>} */
      const found = await client.query(
        `SELECT "storageKey" AS key, sha256, size FROM "Evidence" ORDER BY "storageKey"`,
      );
      evidence = found.rows;
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
    await db.close();
    db = undefined;

    const blobs = blobsFromEnv(env, dataDir);
    try {
      for (const row of evidence) {
        const stream = await blobs.get(row.key);
        if (!stream) throw new BlobGone(row.key);
        const name = `blobs/${row.key}`;
        const written = await writer.add(name, stream);
        if (written.sha256 !== row.sha256 || written.size !== Number(row.size)) {
          throw new BackupError("BLOB_CHANGED", { key: row.key });
        }
        parts.push({ name, kind: "blob", key: row.key, ...written });
      }
    } finally {
      await blobs.close?.();
    }

    if (mode === "embedded" && existsSync(path.join(dataDir, "auth-secret"))) {
      const name = "secrets/auth-secret";
      const secret = await readFile(path.join(dataDir, "auth-secret"));
      parts.push({ name, kind: "secret", ...(await writer.add(name, [secret])) });
    }

    /** @type {BackupManifest} */
    const manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: now.toISOString(),
      source: mode,
      schema: {
        level: migrations.at(-1)?.name ?? null,
        migrations: migrations.map((m) => ({ name: m.name, checksum: m.checksum })),
      },
      tables,
      parts,
      cases: heads,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2) + "\n");
    await writer.add(MANIFEST, [manifestBytes]);
    await writer.add(MANIFEST_SUM, [createHash("sha256").update(manifestBytes).digest("hex") + "\n"]);
    await writer.finish();
    await handle.sync();
    await handle.close();
    await publish(partial, out);
    return { manifest, bytes: writer.position };
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(partial, { force: true });
    throw error;
  } finally {
    if (db) await db.close().catch(() => {});
  }
}

/**
 * Gives the finished file its name without ever replacing a file: link() fails with EEXIST when
 * the name is taken, however late it was taken (checking, then rename(), would overwrite a file
 * made in between). Then the partial name goes.
 * @param {string} partial
 * @param {string} out
 */
export async function publish(partial, out) {
  try {
    await link(partial, out);
  } catch (error) {
    const code = errnoCode(error);
    if (code === "EEXIST") throw new BackupError("OUT_EXISTS", { file: out });
    // A filesystem without hard links (FAT on a USB stick answers EPERM): check, then rename;
    // there, a file made between the two would still be replaced.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    if (existsSync(out)) throw new BackupError("OUT_EXISTS", { file: out });
    await rename(partial, out);
    return;
  }
  await unlink(partial);
}

/**
 * @param {{ out: string, env: Record<string, string | undefined>, dataDir: string, now?: Date }} options
 * @returns {Promise<{ manifest: BackupManifest, bytes: number }>}
 */
export async function createBackup({ out, env, dataDir, now = new Date() }) {
  out = path.resolve(out);
  if (existsSync(out)) throw new BackupError("OUT_EXISTS", { file: out });
  if (!env.DATABASE_URL && !hasEmbeddedDatabase(dataDir)) throw new BackupError("NO_DATABASE", { dir: dataDir });
  // An evidence file removed between the snapshot and its copy: take a new snapshot.
  /** @type {string | undefined} */
  let missing;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await writeOnce({ out, env, dataDir, now });
    } catch (error) {
      if (!(error instanceof BlobGone)) throw diskFull(error, out);
      missing = error.message;
    }
  }
  throw new BackupError("BLOB_MISSING", { key: missing });
}

/** Free bytes where `dir` lives (null when the platform cannot tell). @param {string} dir */
export async function freeBytes(dir) {
  try {
    const s = await statfs(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}
