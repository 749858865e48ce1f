import { ALL_KINDS_RULES, RULES_BY_KIND, type Bilingual, type CaseKind } from "@/lib/deadlines";

export interface ChecklistItem {
  id: string;
  label: Bilingual;
  /** The catalog rules (deadlines) that ask for this item, in catalog order. */
  neededBy: { ruleId: string; label: Bilingual }[];
}

export interface ChecklistEntry extends ChecklistItem {
  /** How many of the case's files are tagged with this item. */
  files: number;
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
  for (const rule of [...(RULES_BY_KIND[kind] ?? []), ...ALL_KINDS_RULES]) {
    for (const item of rule.evidence) {
      const entry = items.get(item.id) ?? { id: item.id, label: item.label, neededBy: [] };
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

/** How far the case's files cover its checklist; `tags` are the files' item ids (null = untagged). */
export function checklistCompleteness(kind: CaseKind, tags: readonly (string | null)[]): Completeness {
  const counts = new Map<string, number>();
  for (const tag of tags) if (tag) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const entries = checklistForKind(kind).map((item) => ({ ...item, files: counts.get(item.id) ?? 0 }));
  const present = entries.filter((entry) => entry.files > 0).length;
  const total = entries.length;
  return {
    entries,
    present,
    total,
    percent: total === 0 ? 100 : Math.floor((present * 100) / total),
    missing: entries.filter((entry) => entry.files === 0),
  };
}

/** For one deadline: the items its rule asks for, each present or not among the case's tags. */
export function evidenceForRule(
  rule: { evidence: readonly { id: string; label: Bilingual }[] },
  tags: readonly (string | null)[],
  locale: keyof Bilingual,
): { id: string; label: string; present: boolean }[] {
  const present = new Set(tags.filter((tag): tag is string => tag !== null));
  return rule.evidence.map((item) => ({ id: item.id, label: item.label[locale], present: present.has(item.id) }));
}
