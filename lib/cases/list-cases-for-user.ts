import "server-only";
import { db, type Prisma } from "@/lib/db";
import { findRule } from "@/lib/kinds/catalog";
import { ACTIVE_STATUSES, type CaseStatus } from "./case-status";
import { generatedTitleMatches } from "./case-title";
import type { CaseKind, Platform } from "./schema";

export const PAGE_SIZE = 20;

/** The engine's default: a user obligation is "due soon" with at most 72 hours left. */
const DUE_SOON_MS = 72 * 3_600_000;

function userDeadlineStatus(latest: Date, now: Date): "overdue" | "due_soon" | "upcoming" {
  const left = latest.getTime() - now.getTime();
  return left < 0 ? "overdue" : left <= DUE_SOON_MS ? "due_soon" : "upcoming";
}

/**
 * Urgency order comes from the columns onCaseChanged keeps (urgencyRank, urgencyKey; see
 * case-urgency.ts), so a page is an indexed keyset read of `limit` rows whatever the number
 * of cases, reading no event log: the row's stored next deadline (instant and rule) is what the
 * list shows, exactly what the case page computes (both come from caseDeadlines). The cursor is the last row's
 * sort key, so a page boundary stays put when cases above it change.
 */
type SortKey = [rank: number, primary: number, id: string];

export interface CaseFilters {
  readonly kind?: CaseKind;
  readonly platform?: Platform;
  readonly status?: CaseStatus;
  /** Case-insensitive substring of the title as shown (a generated one in either language). */
  readonly text?: string;
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
      Number.isSafeInteger(key[0]) &&
      Number.isSafeInteger(key[1]) &&
      typeof key[2] === "string"
    ) {
      return key as SortKey;
    }
  } catch {
    // A mangled cursor starts from the top rather than failing the page.
  }
  return null;
}

/** The owner's cases matching the filters (ownership is part of every where). */
export function caseFilterWhere(ownerId: string, filters: CaseFilters = {}): Prisma.CaseWhereInput {
  const text = filters.text?.trim();
  return {
    ownerId,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.platform ? { platform: filters.platform } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(text ? { OR: titleMatches(text) } : {}),
  };
}

function titleMatches(text: string): Prisma.CaseWhereInput[] {
  const own = { title: { contains: text, mode: "insensitive" as const } };
  const generated = generatedTitleMatches(text);
  // A generated title is stored as "" (case-title.ts): match it by the kind and platform it is made of.
  return generated.length > 0 ? [own, { title: "", OR: generated }] : [own];
}

function after(key: SortKey): Prisma.CaseWhereInput {
  const [rank, primary, id] = key;
  const k = BigInt(primary);
  return {
    OR: [
      { urgencyRank: { gt: rank } },
      { urgencyRank: rank, urgencyKey: { gt: k } },
      { urgencyRank: rank, urgencyKey: k, id: { gt: id } },
    ],
  };
}

export async function listCasesForUser(
  ownerId: string,
  now: Date,
  options: { cursor?: string; limit?: number; filters?: CaseFilters } = {},
) {
  const limit = options.limit ?? PAGE_SIZE;
  const where = caseFilterWhere(ownerId, options.filters);
  const cursor = decodeCursor(options.cursor);
  const [rows, total] = await Promise.all([
    db().case.findMany({
      where: cursor ? { AND: [where, after(cursor)] } : where,
      orderBy: [{ urgencyRank: "asc" }, { urgencyKey: "asc" }, { id: "asc" }],
      take: limit + 1,
    }),
    db().case.count({ where }),
  ]);
  const page = rows.slice(0, limit);
  const items = page.map((row) => {
    const status = row.status as CaseStatus;
    const rule = row.nextUserRuleId ? findRule(row.nextUserRuleId) : undefined;
    const latest = row.nextUserDeadlineAt;
    return {
      id: row.id,
      kind: row.kind as CaseKind,
      platform: row.platform,
      title: row.title,
      status,
      amountFen: row.amountFen,
      recoveredFen: row.recoveredFen,
      createdAt: row.createdAt,
      nextDeadline:
        rule && latest && ACTIVE_STATUSES.includes(status)
          ? { ruleId: rule.id, label: rule.label, latest, status: userDeadlineStatus(latest, now) }
          : null,
    };
  });
  const last = page.at(-1);
  const lastRow = rows[page.length - 1];
  return {
    items,
    total,
    nextCursor:
      rows.length > limit && last && lastRow
        ? encodeCursor([lastRow.urgencyRank, Number(lastRow.urgencyKey), lastRow.id])
        : null,
  };
}
