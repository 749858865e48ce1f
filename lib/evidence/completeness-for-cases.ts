import "server-only";
import type { CaseKind } from "@/lib/cases/schema";
import { db } from "@/lib/db";
import { checklistCompleteness, factsFromPayments } from "./checklist";

export interface CaseCompleteness {
  readonly present: number;
  readonly total: number;
  readonly percent: number;
}

/**
 * Evidence completeness of the listed cases only (the dashboard and a page of "My cases" show a
 * few dozen; the owner may have thousands): one query for their files' checklist tags, one for
 * whether their payments carry a 交易单号 (a fact that meets an item). Files
 * of a case that is not the owner's are never read (such a case counts as having none).
 */
export async function completenessForCases(
  ownerId: string,
  cases: readonly { id: string; kind: CaseKind }[],
): Promise<Map<string, CaseCompleteness>> {
  if (cases.length === 0) return new Map();
  const files = await db().evidence.findMany({
    where: { caseId: { in: cases.map((c) => c.id) }, case: { ownerId } },
    select: { caseId: true, item: true },
  });
  // Only whether a payment has a 交易单号: one row per case that has one.
  const numbered = await db().payment.findMany({
    where: {
      caseId: { in: cases.map((c) => c.id) },
      case: { ownerId },
      transactionId: { not: null },
      NOT: { transactionId: "" },
    },
    select: { caseId: true, transactionId: true },
    distinct: ["caseId"],
  });
  const payments = new Map<string, { transactionId: string | null }[]>();
  for (const p of numbered) payments.set(p.caseId, [...(payments.get(p.caseId) ?? []), p]);
  const tags = new Map<string, (string | null)[]>();
  for (const file of files) tags.set(file.caseId, [...(tags.get(file.caseId) ?? []), file.item]);
  return new Map(
    cases.map((c) => {
      const facts = factsFromPayments(payments.get(c.id) ?? []);
      const { present, total, percent } = checklistCompleteness(c.kind, tags.get(c.id) ?? [], facts);
      return [c.id, { present, total, percent }];
    }),
  );
}
