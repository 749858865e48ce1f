import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { JsonValue } from "./hash-entry";
import { verifyAuditChain, type ChainVerdict, type StoredAuditEntry } from "./verify-audit-chain";

/**
 * A case's entries in order, and the verdict of a verify on read. The caller has
 * already checked the case belongs to the user (this takes a case id only).
 */
export async function readAuditChain(
  caseId: string,
  client: Prisma.TransactionClient = db(),
): Promise<{ entries: StoredAuditEntry[]; verdict: ChainVerdict }> {
  const rows = await client.auditEntry.findMany({ where: { caseId }, orderBy: { seq: "asc" } });
  const entries = rows.map((row) => ({
    caseId: row.caseId,
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    before: row.before as JsonValue | null,
    after: row.after as JsonValue | null,
    prevHash: row.prevHash,
    hash: row.hash,
  }));
  return { entries, verdict: verifyAuditChain(entries) };
}
