import "server-only";
import { listCasesForUser, type CaseFilters } from "@/lib/cases";
import { caseDeadlines } from "@/lib/cases/case-deadlines";
import { caseTitle } from "@/lib/cases/case-title";
import { ACTIVE_STATUSES, CASE_STATUSES, type CaseStatus } from "@/lib/cases/case-status";
import type { CaseKind } from "@/lib/cases/schema";
import { db } from "@/lib/db";
import type { Bilingual, CaseEventType } from "@/lib/deadlines";
import { completenessForCases } from "@/lib/evidence";
import { dayBounds } from "./day-bounds";

export type AttentionBucket = "overdue" | "today" | "week";

export interface AttentionItem {
  readonly caseId: string;
  /** The case's title as shown (lib/cases/case-title.ts): the user's own, or generated in each language. */
  readonly caseTitle: Bilingual;
  readonly kind: CaseKind;
  readonly ruleId: string;
  readonly label: Bilingual;
  readonly latest: Date;
  readonly bucket: AttentionBucket;
  /** What to do now: the escalation once overdue, else the rule's own action. */
  readonly nextStep: Bilingual;
  /** The event that records it done (the rule's first `metBy`). */
  readonly doneEvent: CaseEventType | null;
}

export interface MoneyByKind {
  readonly kind: CaseKind;
  readonly cases: number;
  readonly atStakeFen: bigint;
  readonly recoveredFen: bigint;
}

/** At most this many cases feed "needs me now"; a person with more due this week has bigger problems. */
const ATTENTION_CASES = 100;
export const DASHBOARD_CASES = 20;

/**
 * The signed-in home, for `now` in the user's zone: what needs the user this week across all
 * cases (most urgent first), counts by status, money at stake vs recovered per kind, and the
 * first cases matching the filters with their evidence completeness. Every query is scoped to
 * the owner. Cheap with thousands of cases: the attention list reads only cases whose stored
 * next deadline (see lib/cases/case-urgency.ts) falls before the week's end, and the sums are
 * SQL aggregates.
 */
export async function getDashboard(ownerId: string, now: Date, timeZone: string, filters: CaseFilters = {}) {
  const { endOfToday, endOfWeek } = dayBounds(now, timeZone);
  const [dueRows, byStatus, byKind, list] = await Promise.all([
    db().case.findMany({
      where: { ownerId, urgencyRank: 0, nextUserDeadlineAt: { lte: endOfWeek } },
      orderBy: [{ nextUserDeadlineAt: "asc" }, { id: "asc" }],
      take: ATTENTION_CASES,
      include: { payments: { orderBy: { position: "asc" } }, events: true },
    }),
    db().case.groupBy({ by: ["status"], where: { ownerId }, _count: { _all: true } }),
    db().case.groupBy({
      by: ["kind"],
      where: { ownerId, status: { not: "DRAFT" } },
      _count: { _all: true },
      _sum: { amountFen: true, recoveredFen: true },
    }),
    listCasesForUser(ownerId, now, { filters, limit: DASHBOARD_CASES }),
  ]);

  const attention: AttentionItem[] = [];
  for (const row of dueRows) {
    const status = row.status as CaseStatus;
    if (!ACTIVE_STATUSES.includes(status)) continue;
    const { deadlines } = caseDeadlines({ ...row, status }, now);
    for (const d of deadlines) {
      // A deadline lapsed before the case was opened is information, never "overdue" here.
      if (d.owner !== "USER" || (d.status !== "upcoming" && d.status !== "due_soon" && d.status !== "overdue"))
        continue;
      if (d.latest > endOfWeek) continue;
      const bucket: AttentionBucket = d.latest < now ? "overdue" : d.latest <= endOfToday ? "today" : "week";
      attention.push({
        caseId: row.id,
        caseTitle: caseTitle(row),
        kind: row.kind as CaseKind,
        ruleId: d.ruleId,
        label: d.rule.label,
        latest: d.latest,
        bucket,
        nextStep: bucket === "overdue" && d.nextStep ? d.nextStep : d.rule.label,
        doneEvent: d.rule.metBy[0] ?? null,
      });
    }
  }
  attention.sort((a, b) => a.latest.getTime() - b.latest.getTime() || (a.caseId < b.caseId ? -1 : 1));

  const counts = new Map(byStatus.map((s) => [s.status as CaseStatus, s._count._all]));
  const statusCounts = CASE_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })).filter(
    (s) => s.count > 0,
  );
  const money: MoneyByKind[] = byKind
    .map((k) => ({
      kind: k.kind as CaseKind,
      cases: k._count._all,
      atStakeFen: k._sum.amountFen ?? 0n,
      recoveredFen: k._sum.recoveredFen ?? 0n,
    }))
    .sort((a, b) => (a.atStakeFen > b.atStakeFen ? -1 : a.atStakeFen < b.atStakeFen ? 1 : 0));
  const totals = money.reduce(
    (sum, k) => ({ atStakeFen: sum.atStakeFen + k.atStakeFen, recoveredFen: sum.recoveredFen + k.recoveredFen }),
    { atStakeFen: 0n, recoveredFen: 0n },
  );
  const completeness = await completenessForCases(ownerId, list.items);
  const totalCases = statusCounts.reduce((sum, s) => sum + s.count, 0);

  return { attention, statusCounts, money, totals, cases: list, completeness, totalCases, endOfToday, endOfWeek };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
