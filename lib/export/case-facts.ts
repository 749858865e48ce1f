import type { StoredFacts } from "@/lib/cases/stored-facts";
import { kindModule } from "@/lib/kinds";
import type { PrintLocale } from "./print-doc";
import type { Translate } from "./translate";

/** The kind-specific facts as label/value rows, in the case owner's zone; absent facts are left out. */
export function factRows(facts: StoredFacts, t: Translate, timeZone: string, locale: PrintLocale): [string, string][] {
  // The workspace's field labels are keyed by path ("facts.discoveredAt"): read the map raw.
  const labels = t.raw("workspace.fields") as Record<string, string>;
  const label = (field: string) => labels[`facts.${field}`] ?? field;
  const rows = kindModule(facts.kind)
    .summaryRows(facts, t, timeZone, locale)
    .map(([field, value]) => [label(field), value]);
  return rows.filter((row): row is [string, string] => row[1] !== null && row[1] !== "");
}
