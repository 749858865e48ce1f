import { createHash } from "node:crypto";

/** prevHash of a case's first entry. */
export const GENESIS_HASH = "0".repeat(64);

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What an entry's hash covers: everything but its own hash and row id. */
export interface HashedFields {
  readonly caseId: string;
  readonly seq: number;
  readonly at: Date;
  readonly actor: string;
  readonly action: string;
  readonly before: JsonValue | null;
  readonly after: JsonValue | null;
  readonly prevHash: string;
}

/**
 * JSON with object keys sorted at every level. PostgreSQL's JSONB reorders keys, so the
 * hash must not depend on the order a value was written in.
 */
export function canonicalJson(value: JsonValue | null): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] ?? null)}`).join(",")}}`;
}

/**
 * Turns what a command wants to record into plain JSON: bigint → decimal string,
 * Date → ISO string, undefined dropped. What is stored is exactly what is hashed.
 */
export function toJsonValue(value: unknown): JsonValue | null {
  if (value === undefined) return null;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as JsonValue;
}

export function hashEntry(fields: HashedFields): string {
  const material = canonicalJson({
    caseId: fields.caseId,
    seq: fields.seq,
    at: fields.at.toISOString(),
    actor: fields.actor,
    action: fields.action,
    before: fields.before,
    after: fields.after,
    prevHash: fields.prevHash,
  });
  return createHash("sha256").update(material, "utf8").digest("hex");
}
