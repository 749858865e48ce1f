// manifest.json: what a backup holds. Written by backup.mjs; read back by restore.mjs, which
// trusts nothing in it until it has this shape (its checksum proves it whole, not well-formed).

/**
 * @typedef {{ name: string, size: number, sha256: string }} PartBase
 * @typedef {PartBase & { kind: "table", table: string, rows: number }} TablePart
 * @typedef {PartBase & { kind: "blob", key: string }} BlobPart
 * @typedef {PartBase & { kind: "secret" }} SecretPart
 * @typedef {TablePart | BlobPart | SecretPart} BackupPart
 * @typedef {{
 *   format: string,
 *   formatVersion: number,
 *   createdAt: string,
 *   source: "embedded" | "scale",
 *   schema: { level: string | null, migrations: Array<{ name: string, checksum: string }> },
 *   tables: string[],
 *   parts: BackupPart[],
 *   cases: Array<{ caseId: string, head: { seq: number, hash: string } | null }>,
 * }} BackupManifest
 */

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
/** @param {unknown} value @returns {value is string} */
const isString = (value) => typeof value === "string";
/** @param {unknown} value @returns {value is number} */
const isCount = (value) => Number.isInteger(value) && Number(value) >= 0;

/** @param {unknown} part @returns {part is BackupPart} */
function isPart(part) {
  if (!isObject(part) || !isString(part.name) || !isCount(part.size) || !isString(part.sha256)) return false;
  if (part.kind === "table") return isString(part.table) && isCount(part.rows);
  if (part.kind === "blob") return isString(part.key);
  return part.kind === "secret";
}

/** @param {unknown} value */
function isCaseHead(value) {
  if (!isObject(value) || !isString(value.caseId)) return false;
  return value.head === null || (isObject(value.head) && isCount(value.head.seq) && isString(value.head.hash));
}

/**
 * The format and its version, read before the rest: a newer format may hold other fields.
 * @param {unknown} value parsed manifest.json
 */
export function formatOf(value) {
  return isObject(value) ? { format: value.format, version: value.formatVersion } : null;
}

/**
 * Whether a parsed manifest.json has every field a restore reads, of the right type.
 * @param {unknown} value
 * @returns {value is BackupManifest}
 */
export function isManifest(value) {
  if (!isObject(value) || !isString(value.format) || !isCount(value.formatVersion)) return false;
  const { schema, tables, parts, cases } = value;
  if (!isObject(schema) || !(schema.level === null || isString(schema.level))) return false;
  if (!Array.isArray(schema.migrations)) return false;
  if (!schema.migrations.every((m) => isObject(m) && isString(m.name) && isString(m.checksum))) return false;
  if (!Array.isArray(tables) || !tables.every(isString)) return false;
  return Array.isArray(parts) && parts.every(isPart) && Array.isArray(cases) && cases.every(isCaseHead);
}
