import "server-only";
import { Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
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

/**
 * Appends one entry to the case's hash chain inside the caller's transaction (so the
 * change and its entry commit together or not at all). The case row is locked first
 * (SELECT … FOR UPDATE): concurrent appends to one case queue behind each other and
 * each sees the previous entry, so the chain never forks.
 */
export async function appendAudit(tx: Prisma.TransactionClient, entry: AuditAppend) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Case" WHERE id = ${entry.caseId} FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError("case");
  const last = await tx.auditEntry.findFirst({
    where: { caseId: entry.caseId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
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
  const hash = hashEntry(fields);
  return tx.auditEntry.create({
    data: { ...fields, before: jsonOrNull(fields.before), after: jsonOrNull(fields.after), hash },
    select: { seq: true, hash: true },
  });
}

function jsonOrNull(value: JsonValue | null): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}
