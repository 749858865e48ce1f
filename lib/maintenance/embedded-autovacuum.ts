import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

// PGlite is PostgreSQL in one process with no background workers, so the autovacuum launcher
// never starts: `autovacuum` reads "on", yet no table is ever vacuumed or analysed (measured
// after the pages bench's seeding: "Case" held 2,000 live rows and 2,020 dead ones, had no
// statistics, and "My cases" sorted all of the owner's cases to show 20 instead of reading one
// page off its index: 4.2 ms for the query, 1.7 ms once analysed). The
// embedded worker does autovacuum's job with PostgreSQL's own default thresholds. A PostgreSQL
// server (scale mode) has its own autovacuum; the worker there leaves this alone.

/** postgresql.conf's defaults for autovacuum_{vacuum,analyze,vacuum_insert}_{threshold,scale_factor}. */
export const AUTOVACUUM_DEFAULTS = {
  vacuumThreshold: 50,
  vacuumScaleFactor: 0.2,
  analyzeThreshold: 50,
  analyzeScaleFactor: 0.1,
  insertThreshold: 1000,
  insertScaleFactor: 0.2,
} as const;

export interface TableActivity {
  readonly table: string;
  /** pg_class.reltuples: the row count at the last vacuum or analyse (negative: never). */
  readonly rowsAtLastCount: number;
  readonly deadRows: number;
  readonly modifiedSinceAnalyze: number;
  readonly insertedSinceVacuum: number;
}

export type Upkeep = "vacuum" | "analyze" | null;

/** What autovacuum would do to this table now: vacuum (with analyse), analyse only, or nothing. */
export function upkeepDue(activity: TableActivity, limits = AUTOVACUUM_DEFAULTS): Upkeep {
  const rows = Math.max(activity.rowsAtLastCount, 0);
  if (
    activity.deadRows > limits.vacuumThreshold + limits.vacuumScaleFactor * rows ||
    activity.insertedSinceVacuum > limits.insertThreshold + limits.insertScaleFactor * rows
  ) {
    return "vacuum";
  }
  return activity.modifiedSinceAnalyze > limits.analyzeThreshold + limits.analyzeScaleFactor * rows ? "analyze" : null;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * One autovacuum round over the app's tables: each table past a threshold is vacuumed and
 * analysed, or analysed only. Returns what was done, e.g. `["VACUUM (ANALYZE) \"Case\""]`.
 * Cheap when nothing is due (one catalogue query). Runs through the same socket as the app:
 * pglite-socket keeps another client's open transaction to itself, and VACUUM, which cannot run
 * inside a transaction, waits its turn.
 */
export async function runEmbeddedAutovacuum(client: PrismaClient): Promise<string[]> {
  const tables = await client.$queryRaw<TableActivity[]>`
    SELECT s.relname::text AS "table",
           c.reltuples::float8 AS "rowsAtLastCount",
           s.n_dead_tup::float8 AS "deadRows",
           s.n_mod_since_analyze::float8 AS "modifiedSinceAnalyze",
           s.n_ins_since_vacuum::float8 AS "insertedSinceVacuum"
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
    WHERE s.schemaname = current_schema()`;
  const done: string[] = [];
  for (const table of tables) {
    const upkeep = upkeepDue(table);
    if (!upkeep) continue;
    const statement =
      upkeep === "vacuum"
        ? `VACUUM (ANALYZE) ${quoteIdentifier(table.table)}`
        : `ANALYZE ${quoteIdentifier(table.table)}`;
    await client.$executeRawUnsafe(statement);
    done.push(statement);
  }
  return done;
}
