// The database part of a backup: a logical dump through an ordinary connection (ADR 0030).
// Each table's rows go out as one JSON object per line, as PostgreSQL itself renders them
// (row_to_json): bigints, JSON and timestamps stay text end to end, never JavaScript numbers.
// A restore builds the schema from the repository's own migration files up to the backup's
// level, loads the rows with json_populate_recordset, and leaves later migrations to Prisma.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const BATCH = 500;

/**
 * What these functions need of a connection: a pg Client, or anything that answers like one.
 * A row's columns are unknown until read: each query below says what it selected.
 * @typedef {Record<string, unknown>} Row
 * @typedef {{ query: (text: string, values?: unknown[]) => Promise<{ rows: Row[] }> }} Queryable
 */
export const MIGRATIONS_TABLE = "_prisma_migrations";

/** Prisma 6's own DDL for its history table (schema-engine), so `migrate deploy` carries on from it. */
const MIGRATIONS_DDL = `CREATE TABLE "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** @param {string} name */
const ident = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * The tables of the public schema, parents before children (foreign keys).
 * @param {Queryable} client
 * @returns {Promise<string[]>}
 */
export async function tablesInLoadOrder(client) {
  const { rows: tables } = await client.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  const { rows: edges } = await client.query(
    `SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint k
     JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = child.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  /** @type {Map<string, Set<string>>} */
  const parents = new Map(tables.map((t) => [String(t.name), new Set()]));
  for (const e of edges) if (e.child !== e.parent) parents.get(String(e.child))?.add(String(e.parent));
  /** @type {string[]} */
  const ordered = [];
  /** @type {Set<string>} */
  const placed = new Set();
  while (ordered.length < tables.length) {
    const ready = [...parents].filter(([t, its]) => !placed.has(t) && [...its].every((p) => placed.has(p)));
    if (ready.length === 0) throw new Error("foreign keys form a cycle between tables");
    for (const [t] of ready) {
      placed.add(t);
      ordered.push(t);
    }
  }
  return ordered;
}

/** @param {Queryable} client @param {string} table */
async function primaryKeyOrder(client, table) {
  const { rows } = await client.query(
    `SELECT a.attname AS col FROM pg_index i
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
    [ident(table)],
  );
  return rows.length ? rows.map((r) => ident(String(r.col))).join(", ") : "1";
}

/**
 * Rows of one table as JSON lines, read through a cursor (inside the caller's transaction).
 * @param {Queryable} client
 * @param {string} table
 * @returns {AsyncGenerator<string>}
 */
export async function* tableLines(client, table, cursorName = "backup_rows") {
  const order = await primaryKeyOrder(client, table);
  await client.query(
    `DECLARE ${cursorName} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${ident(table)} t ORDER BY ${order}`,
  );
  try {
    for (;;) {
      const { rows } = await client.query(`FETCH ${BATCH} FROM ${cursorName}`);
      if (rows.length === 0) break;
      yield rows.map((r) => `${String(r.j)}\n`).join("");
    }
  } finally {
    await client.query(`CLOSE ${cursorName}`);
  }
}

/**
 * The applied migrations, oldest first: the schema's level.
 * @param {Queryable} client
 * @returns {Promise<Array<{ name: string, checksum: string }>>}
 */
export async function appliedMigrations(client) {
  const { rows } = await client.query(
    `SELECT migration_name AS name, checksum FROM ${ident(MIGRATIONS_TABLE)}
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => ({ name: String(r.name), checksum: String(r.checksum) }));
}

/**
 * Every case's audit-chain head (the last entry's seq and hash; null: no entry yet).
 * @param {Queryable} client
 * @returns {Promise<Array<{ caseId: string, head: { seq: number, hash: string } | null }>>}
 */
export async function auditHeads(client) {
  const { rows } = await client.query(
    `SELECT c.id, h.seq, h.hash FROM "Case" c
     LEFT JOIN LATERAL (SELECT seq, hash FROM "AuditEntry" a WHERE a."caseId" = c.id ORDER BY seq DESC LIMIT 1) h ON true
     ORDER BY c.id`,
  );
  return rows.map((r) => ({
    caseId: String(r.id),
    head: r.hash === null ? null : { seq: Number(r.seq), hash: String(r.hash) },
  }));
}

/**
 * The repository's migrations, oldest first, with Prisma's checksum (SHA-256 of migration.sql).
 * @param {string} migrationsDir
 * @returns {Promise<Array<{ name: string, checksum: string, sql: string }>>}
 */
export async function repositoryMigrations(migrationsDir) {
  const dirs = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return Promise.all(
    dirs.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, checksum: createHash("sha256").update(sql).digest("hex"), sql };
    }),
  );
}

/**
 * Whether the database has no table at all in its public schema.
 * @param {Queryable} client
 */
export async function databaseIsEmpty(client) {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')`,
  );
  return rows[0]?.n === 0;
}

/**
 * The schema at the backup's level: Prisma's history table, then each migration in its own
 * transaction, as `prisma migrate deploy` runs them (PostgreSQL refuses an enum value added in
 * the same transaction that uses it).
 * @param {Queryable} client
 * @param {Array<{ name: string, sql: string }>} migrations the repository's, up to the backup's level
 */
export async function applySchema(client, migrations) {
  await client.query(MIGRATIONS_DDL);
  for (const migration of migrations) {
    await client.query("BEGIN");
    try {
      await client.query(migration.sql);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  }
}

/**
 * Undoes applySchema on a database that was empty before it: its tables, enum types and
 * trigger functions.
 * @param {Queryable} client
 */
export async function dropSchema(client) {
  const { rows: tables } = await client.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
  for (const t of tables) await client.query(`DROP TABLE IF EXISTS ${ident(String(t.name))} CASCADE`);
  const { rows: types } = await client.query(
    `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' AND t.typtype = 'e'`,
  );
  for (const t of types) await client.query(`DROP TYPE IF EXISTS ${ident(String(t.name))} CASCADE`);
  // The migrations' trigger functions outlive their tables; functions of extensions are not ours.
  const { rows: functions } = await client.query(
    `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND p.prorettype = 'trigger'::regtype
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
  );
  for (const f of functions) await client.query(`DROP FUNCTION IF EXISTS ${String(f.signature)} CASCADE`);
}

/**
 * Inside the caller's transaction: every table's rows, parents first.
 * @param {Queryable} client
 * @param {Array<{ table: string, lines: AsyncIterable<string> }>} tables in load order
 */
export async function loadRows(client, tables) {
  // The rows are a snapshot, derived columns included ("CalendarFeed"."casesVersion", which
  // triggers move on every write to cases, payments and events): loading the cases must not
  // move it again. USER leaves the foreign keys' own triggers on and needs only ownership of
  // the tables (the restore has just made them); inside the caller's transaction, a failed
  // load undoes this too.
  for (const { table } of tables) await client.query(`ALTER TABLE ${ident(table)} DISABLE TRIGGER USER`);
  for (const { table, lines } of tables) {
    /** @type {string[]} */
    let batch = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await client.query(
        `INSERT INTO ${ident(table)} SELECT * FROM json_populate_recordset(NULL::${ident(table)}, $1::json)`,
        [`[${batch.join(",")}]`],
      );
      batch = [];
    };
    for await (const line of lines) {
      batch.push(line);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  }
  for (const { table } of tables) await client.query(`ALTER TABLE ${ident(table)} ENABLE TRIGGER USER`);
}

/**
 * Splits a stream of text chunks into lines (without their newline).
 * @param {AsyncIterable<Buffer | string>} chunks
 * @returns {AsyncGenerator<string>}
 */
export async function* splitLines(chunks) {
  let rest = "";
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for await (const chunk of chunks) {
    rest += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let nl;
    while ((nl = rest.indexOf("\n")) >= 0) {
      const line = rest.slice(0, nl);
      rest = rest.slice(nl + 1);
      if (line) yield line;
    }
  }
  rest += decoder.decode();
  if (rest) yield rest;
}
