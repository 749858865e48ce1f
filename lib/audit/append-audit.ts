import "server-only";
import { Prisma } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { GENESIS_HASH, hashEntry, toJsonValue, type JsonValue } from "./hash-entry";

export interface AuditAppend {
  readonly caseId: string;
  /** "user:<id>" | "system" */
  readonly actor: string;
  /** dotted verb, e.g. "case.opened", "event.recorded", "facts.updated", "evidence.added" */
  readonly action: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly at: Date;
}

/** The newest entry of a case's chain: what the next entry links to. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/** An append planned on a head that another write has since moved: plan again on the new head. */
export class AuditHeadMovedError extends AppError {
  constructor() {
    super("version_conflict", 409, "errors.versionConflict", { detail: "the audit chain moved since it was read" });
  }
}

/**
 * The row `entry` becomes after `last` (null: the chain's first). Pure, so a caller can name the
 * head an append will make before making it (the bundle prints it, then appends).
 */
export function chainedEntry(last: AuditHead | null, entry: AuditAppend) {
  const fields = {
    caseId: entry.caseId,
    seq: (last?.seq ?? 0) + 1,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    before: toJsonValue(entry.before),
    after: toJsonValue(entry.after),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  return { ...fields, hash: hashEntry(fields) };
}

/**
 * Appends one entry to the case's hash chain inside the caller's transaction (so the
 * change and its entry commit together or not at all). The case row is locked first
 * (SELECT … FOR UPDATE): concurrent appends to one case queue behind each other and
 * each sees the previous entry, so the chain never forks. With `onto`, the append was planned
 * on that head (chainedEntry): AuditHeadMovedError when the chain's head is another by now.
 */
export async function appendAudit(tx: Prisma.TransactionClient, entry: AuditAppend, onto?: { head: AuditHead | null }) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Case" WHERE id = ${entry.caseId} FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError("case");
  const last = await tx.auditEntry.findFirst({
    where: { caseId: entry.caseId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  if (onto && (last?.seq !== onto.head?.seq || last?.hash !== onto.head?.hash)) throw new AuditHeadMovedError();
  const row = chainedEntry(last, entry);
  return tx.auditEntry.create({
    data: { ...row, before: jsonOrNull(row.before), after: jsonOrNull(row.after) },
    select: { seq: true, hash: true },
  });
}

function jsonOrNull(value: JsonValue | null): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}
