// `npm run restore`: checks the whole file first (structure, the manifest's own checksum, the
// format and schema level, every part's SHA-256), then the target (empty, enough space), and
// only then writes: evidence first, then the database in one transaction, then Prisma applies
// any migration newer than the backup. A failure after writing began removes what it wrote,
// so the target is left as empty as it was found.
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, open, readdir, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { FORMAT, FORMAT_VERSION, MANIFEST, MANIFEST_SUM, freeBytes } from "./backup.mjs";
import { blobsFromEnv } from "./blobs.mjs";
import { openDatabase } from "./connect.mjs";
import {
  applySchema,
  auditHeads,
  databaseIsEmpty,
  dropSchema,
  loadRows,
  repositoryMigrations,
  splitLines,
} from "./database.mjs";
import { formatOf, isManifest } from "./manifest.mjs";
import { BackupError } from "./messages.mjs";
import { TarFormatError, hashEntry, listEntries, readEntry, verifiedEntryStream } from "./tar.mjs";
import { given } from "../cli-env.mjs";
import { errnoCode } from "../errno.mjs";
import { prismaNodeArgs } from "../prisma-cli.mjs";

/**
 * Everything that can be known from the file alone. Throws BackupError; writes nothing.
 * @param {string} file
 * @param {string} migrationsDir
 * @returns {Promise<{
 *   manifest: import("./manifest.mjs").BackupManifest,
 *   entries: Map<string, import("./tar.mjs").TarEntry>,
 *   migrations: Array<{ name: string, sql: string }>,
 * }>}
 */
export async function verifyBackup(file, migrationsDir) {
  const handle = await open(file, "r").catch((error) => {
    if (errnoCode(error) === "ENOENT") throw new BackupError("NOT_FOUND", { file });
    throw error;
  });
  let list;
  try {
    list = await listEntries(handle);
  } catch (error) {
    if (!(error instanceof TarFormatError)) throw error;
    throw new BackupError(/truncated/.test(error.message) ? "TRUNCATED" : "NOT_A_BACKUP", { file });
  } finally {
    await handle.close();
  }
  const entries = new Map(list.map((e) => [e.name, e]));
  const manifestEntry = entries.get(MANIFEST);
  const sumEntry = entries.get(MANIFEST_SUM);
  if (!manifestEntry || !sumEntry || manifestEntry.size > 64 * 1024 * 1024) {
    throw new BackupError("NOT_A_BACKUP", { file });
  }
  const manifestBytes = await readEntry(file, manifestEntry);
  const recorded = (await readEntry(file, sumEntry)).toString("utf8").trim();
  if (createHash("sha256").update(manifestBytes).digest("hex") !== recorded) {
    throw new BackupError("CORRUPTED", { file, part: MANIFEST });
  }
  /** @type {unknown} */
  let manifest;
  try {
    manifest = JSON.parse(manifestBytes.toString("utf8"));
  } catch {
    throw new BackupError("CORRUPTED", { file, part: MANIFEST });
  }
  const head = formatOf(manifest);
  if (head?.format !== FORMAT || !Number.isInteger(head.version)) throw new BackupError("NOT_A_BACKUP", { file });
  if (Number(head.version) > FORMAT_VERSION) throw new BackupError("NEWER_FORMAT", { version: Number(head.version) });
  if (!isManifest(manifest)) throw new BackupError("NOT_A_BACKUP", { file });

  // The schema level: every migration of the backup must be this copy's, the same, in order.
  const ours = await repositoryMigrations(migrationsDir);
  const theirs = manifest.schema.migrations;
  theirs.forEach((m, i) => {
    const mine = ours.find((o) => o.name === m.name);
    if (!mine) throw new BackupError("NEWER_SCHEMA", { migration: m.name });
    if (mine.checksum !== m.checksum || ours[i]?.name !== m.name) {
      throw new BackupError("SCHEMA_DIFFERS", { migration: m.name });
    }
  });

  const parts = manifest.parts;
  const named = new Set([MANIFEST, MANIFEST_SUM]);
  for (const part of parts) {
    const entry = entries.get(part.name);
    if (!entry || entry.size !== part.size) throw new BackupError("CORRUPTED", { file, part: part.name });
    if ((await hashEntry(file, entry)) !== part.sha256) throw new BackupError("CORRUPTED", { file, part: part.name });
    named.add(part.name);
  }
  for (const name of entries.keys()) if (!named.has(name)) throw new BackupError("CORRUPTED", { file, part: name });
  return { manifest, entries, migrations: ours.slice(0, theirs.length) };
}

/** @param {string} root @param {string} databaseUrl @returns {Promise<string>} */
function runPrismaDeploy(root, databaseUrl) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...prismaNodeArgs(), "migrate", "deploy"], {
      cwd: root,
      env: { ...given, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`prisma migrate deploy failed:\n${output}`)),
    );
  });
}

/** @param {string} dir @returns {Promise<"empty" | "full" | "missing">} */
async function directoryState(dir) {
  try {
    return (await readdir(dir)).length === 0 ? "empty" : "full";
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return "missing";
    if (errnoCode(error) === "ENOTDIR") return "full";
    throw error;
  }
}

/**
 * @param {{ file: string, env: Record<string, string | undefined>, dataDir: string, root: string, template?: string, log?: (line: string) => void }} options
 */
export async function restoreBackup({ file, env, dataDir, root, template, log = () => {} }) {
  file = path.resolve(file);
  const { manifest, entries, migrations } = await verifyBackup(file, path.join(root, "prisma", "migrations"));
  log(`${file}: every part matches its checksum (${manifest.parts.length} parts, schema ${manifest.schema.level}).`);
  const blobParts = manifest.parts.filter((p) => p.kind === "blob");
  const blobBytes = blobParts.reduce((sum, p) => sum + p.size, 0);
  const dbBytes = manifest.parts.filter((p) => p.kind === "table").reduce((sum, p) => sum + p.size, 0);
  const scale = Boolean(env.DATABASE_URL);

  // The target: checked empty before anything is written.
  let createdDir = false;
  if (!scale) {
    const state = await directoryState(dataDir);
    if (state === "full") throw new BackupError("DIR_NOT_EMPTY", { dir: dataDir });
    const parent = state === "missing" ? path.dirname(dataDir) : dataDir;
    const free = await freeBytes(existsSync(parent) ? parent : path.dirname(parent));
    // PGlite's files take a few times the rows' JSON, plus its empty cluster (~40 MB).
    const need = blobBytes + dbBytes * 4 + 64 * 1024 * 1024;
    if (free !== null && free < need) {
      throw new BackupError("DISK_FULL", { where: dataDir, needMb: Math.ceil(need / 2 ** 20), restore: true });
    }
    if (state === "missing") {
      await mkdir(dataDir, { recursive: true, mode: 0o700 });
      createdDir = true;
    }
  }
  /** verifyBackup found an entry for every part; a table the manifest lists may still have none. */
  const entryOf = (/** @type {string} */ name) => {
    const entry = entries.get(name);
    if (!entry) throw new BackupError("CORRUPTED", { file, part: name });
    return entry;
  };
  const blobs = blobsFromEnv(env, dataDir);
  /** @type {string[]} */
  const written = [];
  /** Every part read the second time, to write it: each is hashed again on the way. */
  /** @type {Array<{ part: string, stream: ReturnType<typeof verifiedEntryStream> }>} */
  const reads = [];
  /** @param {import("./manifest.mjs").BackupPart} part */
  const read = (part) => {
    const stream = verifiedEntryStream(file, entryOf(part.name), part.sha256);
    reads.push({ part: part.name, stream });
    return stream;
  };
  /** @type {Awaited<ReturnType<typeof openDatabase>> | undefined} */
  let db;
  let schemaApplied = false;
  const undo = async () => {
    if (db && scale && schemaApplied) await dropSchema(db.client).catch(() => {});
    if (db) await db.close().catch(() => {});
    db = undefined;
    if (scale) {
      for (const key of written) await blobs.delete(key).catch(() => {});
    } else {
      for (const name of await readdir(dataDir).catch(() => [])) {
        await rm(path.join(dataDir, name), { recursive: true, force: true });
      }
      if (createdDir) await rmdir(dataDir).catch(() => {});
    }
  };
  try {
    // An empty store, as the database must be: any object at all is refused, not only one of
    // the backup's keys, so a restore never mixes into another installation's evidence (whose
    // rows it would not have) and its undo never has to tell its objects from someone else's.
    const found = await blobs.anyKey();
    if (found !== null) {
      throw new BackupError("BUCKET_NOT_EMPTY", { bucket: env.S3_BUCKET ?? blobs.describe, key: found });
    }
    db = await openDatabase({ env, dataDir, template });
    if (db.mode === "embedded-running") throw new BackupError("DIR_IN_USE", { dir: dataDir, pid: db.holderPid });
    if (!(await databaseIsEmpty(db.client))) {
      throw scale ? new BackupError("DATABASE_NOT_EMPTY") : new BackupError("DIR_NOT_EMPTY", { dir: dataDir });
    }
    // The database refers to the blobs: they go first.
    for (const part of blobParts) {
      // Listed before the upload: one refused halfway may still have left an object behind.
      written.push(part.key);
      await blobs.put(part.key, () => read(part), part.size);
    }
    log(`evidence: ${blobParts.length} files written to ${blobs.describe}.`);

    /** @type {Map<string, import("./manifest.mjs").TablePart>} */
    const tableParts = new Map();
    for (const p of manifest.parts) if (p.kind === "table") tableParts.set(p.table, p);
    const tables = manifest.tables.map((table) => {
      const part = tableParts.get(table);
      if (!part) throw new BackupError("CORRUPTED", { file, part: `database/${table}.jsonl` });
      return { table, lines: splitLines(read(part)) };
    });
    schemaApplied = true;
    await applySchema(db.client, migrations);
    await db.client.query("BEGIN");
    try {
      await loadRows(db.client, tables);
      for (const part of manifest.parts.filter((p) => p.kind === "table")) {
        /** @type {import("pg").QueryResult<{ n: number }>} */
        const counted = await db.client.query(`SELECT count(*)::int AS n FROM "${part.table.replaceAll('"', '""')}"`);
        const n = counted.rows[0]?.n;
        if (n !== part.rows) throw new Error(`table ${part.table}: ${n} rows restored, ${part.rows} in the backup`);
      }
      const heads = await auditHeads(db.client);
      if (JSON.stringify(heads) !== JSON.stringify(manifest.cases)) {
        throw new Error("the restored audit-chain heads differ from the manifest's");
      }
      await db.client.query("COMMIT");
    } catch (error) {
      await db.client.query("ROLLBACK").catch(() => {});
      throw error;
    }
    log(`database: ${manifest.tables.length} tables, ${manifest.cases.length} cases restored.`);

    const secret = manifest.parts.find((p) => p.kind === "secret");
    if (secret && !scale) {
      const bytes = await readEntry(file, entryOf(secret.name));
      if (createHash("sha256").update(bytes).digest("hex") !== secret.sha256) {
        throw new BackupError("CORRUPTED", { file, part: secret.name });
      }
      await writeFile(path.join(dataDir, "auth-secret"), bytes, { mode: 0o600 });
    }

    const later = (await repositoryMigrations(path.join(root, "prisma", "migrations"))).length - migrations.length;
    if (later > 0) {
      log(`applying ${later} newer database migration(s)…`);
      await runPrismaDeploy(root, db.url);
    }
    await db.close();
    db = undefined;
    return { manifest, laterMigrations: later };
  } catch (error) {
    // Someone else's running installation is never cleaned up.
    if (!(error instanceof BackupError && error.code === "DIR_IN_USE")) await undo();
    // The file changed after it was verified: whatever the store or the database reported.
    const changed = reads.find((r) => r.stream.changed);
    if (changed) throw new BackupError("CORRUPTED", { file, part: changed.part });
    // A full local disk (errno), or a PostgreSQL server out of space (SQLSTATE 53100 disk_full).
    const code = errnoCode(error);
    if (code === "ENOSPC" || code === "EDQUOT" || code === "53100") {
      throw new BackupError("DISK_FULL", {
        where: scale ? "the database server" : dataDir,
        needMb: Math.ceil((blobBytes + dbBytes * 4) / 2 ** 20),
        restore: true,
      });
    }
    throw error;
  } finally {
    await blobs.close?.();
  }
}
