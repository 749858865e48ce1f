import "server-only";
import { db } from "@/lib/db";
import { caseDeadlines } from "./case-deadlines";
import { ACTIVE_STATUSES, type CaseStatus } from "./case-status";
import type { CaseKind } from "./schema";
import type { StoredFacts } from "./stored-facts";

export const PAGE_SIZE = 20;

/**
 * Urgency is computed on read (deadlines are never stored), so the order cannot come from
 * SQL: every case of the user is ranked here and a page is cut from the ranking. The cursor
 * is the last row's sort key, so a page boundary stays put when cases above it change.
 * Rank: 0 open user deadline (earliest due first, overdue ones lead), 1 draft, 2 active
 * without a user deadline, 3 finished; then most recently updated, then id.
 */
type SortKey = [rank: number, primary: number, id: string];

function compareKeys(a: SortKey, b: SortKey): number {
  return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

function decodeCursor(cursor: string | undefined): SortKey | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(key) &&
      key.length === 3 &&
      typeof key[0] === "number" &&
      typeof key[1] === "number" &&
      typeof key[2] === "string"
    ) {
      return key as SortKey;
    }
  } catch {
    // A mangled cursor starts from the top rather than failing the page.
  }
  return null;
}

export async function listCasesForUser(ownerId: string, now: Date, options: { cursor?: string; limit?: number } = {}) {
  const limit = options.limit ?? PAGE_SIZE;
  const rows = await db().case.findMany({
    where: { ownerId },
    include: { payments: { orderBy: { position: "asc" } }, events: true },
  });
  const ranked = rows.map((row) => {
    const status = row.status as CaseStatus;
    const next =
      status === "DRAFT"
        ? null
        : caseDeadlines(
            {
              status,
              amountFen: row.amountFen,
              facts: row.facts as unknown as StoredFacts,
              payments: row.payments,
              events: row.events,
            },
            now,
          ).nextUserDeadline;
    const rank = next ? 0 : status === "DRAFT" ? 1 : ACTIVE_STATUSES.includes(status) ? 2 : 3;
    const key: SortKey = [rank, next ? next.latest.getTime() : -row.updatedAt.getTime(), row.id];
    return {
      key,
      item: {
        id: row.id,
        kind: row.kind as CaseKind,
        platform: row.platform,
        title: row.title,
        status,
        amountFen: row.amountFen,
        recoveredFen: row.recoveredFen,
        createdAt: row.createdAt,
        nextDeadline: next
          ? { ruleId: next.ruleId, label: next.rule.label, latest: next.latest, status: next.status }
          : null,
      },
    };
  });
  ranked.sort((a, b) => compareKeys(a.key, b.key));
  const after = decodeCursor(options.cursor);
  const rest = after ? ranked.filter((r) => compareKeys(r.key, after) > 0) : ranked;
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => r.item),
    total: rows.length,
    nextCursor: rest.length > limit && last ? encodeCursor(last.key) : null,
  };
}
