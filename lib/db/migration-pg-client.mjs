// A pg Client for Prisma's WASM schema engine only (prisma migrate / diff).
// Upstream bug prisma/orm#27403: the engine cannot decode Postgres `name`
// (OID 19) and `"char"` (OID 18) result columns, which its introspection
// queries return. Reporting them as `text` (OID 25) is lossless for both.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

/** pg 8's handler of the server's RowDescription message; @types/pg does not declare it. */
const found = Reflect.get(pg.Client.prototype, "_handleRowDescription");
if (typeof found !== "function") {
  throw new Error("pg changed: Client.prototype._handleRowDescription is not where this client expects it");
}
/** @type {(this: pg.Client, msg: RowDescription) => void} */
const handleRowDescription = found;

/** @typedef {{ fields: Array<{ dataTypeID: number }> }} RowDescription */

export class MigrationPgClient extends pg.Client {
  /**
   * Every query form (promise, callback, submittable) learns its columns from this message,
   * so retyping them here covers all of them, where query() has eight overloads to mirror.
   * @param {RowDescription} msg
   */
  _handleRowDescription(msg) {
    for (const field of msg.fields) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
    handleRowDescription.call(this, msg);
  }
}

/**
 * Prisma's adapter for the schema engine, sending each migration whole. Its own executeScript
 * (adapter-pg 6.19) splits the script at every ";" and sends the pieces one by one, outside any
 * transaction: a ";" inside a function body (the calendar feed's triggers, migration
 * calendar_feed_cases_version) cut the function in two. One simple query instead: PostgreSQL
 * runs the script as one implicit transaction, as Prisma's own PostgreSQL connector does and
 * as the tests' setup and a restore apply migrations (tests/setup/database.ts, scripts/lib/backup).
 */
export class MigrationPrismaPg extends PrismaPg {
  /** @override */
  async connect() {
    return wholeScripts(await super.connect());
  }

  /** @override */
  async connectToShadowDb() {
    return wholeScripts(await super.connectToShadowDb());
  }
}

/**
 * @template {Awaited<ReturnType<PrismaPg["connect"]>>} A
 * @param {A} adapter
 * @returns {A}
 */
function wholeScripts(adapter) {
  const pool = adapter.underlyingDriver();
  // The adapter's error mapping (protected in its types), so the CLI reports a failure as before.
  const { onError } = /** @type {{ onError: (error: unknown) => never }} */ (/** @type {unknown} */ (adapter));
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      onError.call(adapter, error);
    }
  };
  return adapter;
}
