import { ALL_KINDS_RULES, CASE_KINDS, type Bilingual, type CaseKind, type EvidenceFact } from "@/lib/deadlines";
import { rulesForKind } from "@/lib/kinds/catalog";

export interface ChecklistItem {
  id: string;
  label: Bilingual;
  /** Met by a fact the case records (a payment's 交易单号), not by an upload; such an item is no slot. */
  fact?: EvidenceFact;
  /** The catalog rules (deadlines) that ask for this item, in catalog order. */
  neededBy: { ruleId: string; label: Bilingual }[];
}

export interface ChecklistEntry extends ChecklistItem {
  /** How many of the case's files are tagged with this item. */
  files: number;
  /** Met: a file is tagged with it, or the case records its fact. */
  met: boolean;
}

/** The facts of a case that meet checklist items, read from its forms. */
export type ChecklistFacts = Readonly<Record<EvidenceFact, boolean>>;

export const NO_FACTS: ChecklistFacts = { paymentTransactionId: false };

/** What the payments recorded on a case meet: a 交易单号 typed for any of them. */
export function factsFromPayments(payments: readonly { transactionId: string | null }[]): ChecklistFacts {
  return { paymentTransactionId: payments.some((p) => (p.transactionId ?? "").trim().length > 0) };
}

export interface Completeness {
  entries: ChecklistEntry[];
  present: number;
  total: number;
  /** 0–100, rounded down so 100 means every item is there. */
  percent: number;
  missing: ChecklistItem[];
}

const cache = new Map<string, readonly ChecklistItem[]>();

/** The evidence items the catalog's rules for this kind name, each once, first mention first. */
export function checklistForKind(kind: CaseKind): readonly ChecklistItem[] {
  const cached = cache.get(kind);
  if (cached) return cached;
  const items = new Map<string, ChecklistItem>();
  for (const rule of CASE_KINDS.includes(kind) ? rulesForKind(kind) : ALL_KINDS_RULES) {
    for (const item of rule.evidence) {
      const entry = items.get(item.id) ?? {
        id: item.id,
        label: item.label,
        ...(item.fact ? { fact: item.fact } : {}),
        neededBy: [],
      };
      entry.neededBy.push({ ruleId: rule.id, label: rule.label });
      items.set(item.id, entry);
    }
  }
  const list = [...items.values()];
  cache.set(kind, list);
  return list;
}

export function isChecklistItem(kind: CaseKind, itemId: string): boolean {
  return checklistForKind(kind).some((item) => item.id === itemId);
}

/** The checklist items an upload can fill, in checklist order: the ones no fact meets. */
export function uploadSlotsForKind(kind: CaseKind): readonly ChecklistItem[] {
  return checklistForKind(kind).filter((item) => !item.fact);
}

/**
 * How far the case covers its checklist: `tags` are the files' item ids (null = untagged),
 * `facts` what its forms record. A fact item is met by its fact (or by a file tagged with it).
 */
export function checklistCompleteness(
  kind: CaseKind,
  tags: readonly (string | null)[],
  facts: ChecklistFacts = NO_FACTS,
): Completeness {
  const counts = new Map<string, number>();
  for (const tag of tags) if (tag) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const entries = checklistForKind(kind).map((item) => {
    const files = counts.get(item.id) ?? 0;
    return { ...item, files, met: files > 0 || (item.fact !== undefined && facts[item.fact]) };
  });
  const present = entries.filter((entry) => entry.met).length;
  const total = entries.length;
  return {
    entries,
    present,
    total,
    percent: total === 0 ? 100 : Math.floor((present * 100) / total),
    missing: entries.filter((entry) => !entry.met),
  };
}

/** For one deadline: the items its rule asks for, each present or not among the case's tags and facts. */
export function evidenceForRule(
  rule: { evidence: readonly { id: string; label: Bilingual; fact?: EvidenceFact }[] },
  tags: readonly (string | null)[],
  locale: keyof Bilingual,
  facts: ChecklistFacts = NO_FACTS,
): { id: string; label: string; present: boolean }[] {
  const present = new Set(tags.filter((tag): tag is string => tag !== null));
  return rule.evidence.map((item) => ({
    id: item.id,
    label: item.label[locale],
    present: present.has(item.id) || (item.fact !== undefined && facts[item.fact]),
  }));
}
