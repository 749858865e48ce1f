import type { StoredFacts } from "@/lib/cases/stored-facts";
import { kindModule } from "@/lib/kinds";
import { messagesFor, type Locale, type Translator } from "@/lib/i18n/translator";

/** The kind-specific facts as label/value rows, in the case owner's zone; absent facts are left out. */
export function factRows(facts: StoredFacts, t: Translator, timeZone: string, locale: Locale): [string, string][] {
  // The workspace's field labels are keyed by path ("facts.discoveredAt"): read the map raw.
  const labels: Record<string, string> = messagesFor(locale).workspace.fields;
  const label = (field: string) => labels[`facts.${field}`] ?? field;
  const rows = kindModule(facts.kind)
    .summaryRows(facts, t, timeZone, locale)
    .map(([field, value]) => [label(field), value]);
  return rows.filter((row): row is [string, string] => row[1] !== null && row[1] !== "");
}
