import type { CaseEventInput, CaseEventType } from "@/lib/deadlines";
import { bankChoice, storedBank, type BankId } from "./banks";
import { instant, maybeInstant, storedInstant, wall, wallTime, yn } from "./fields";

// What a crime done to the person (fraud, account theft) asks alike: when they found out, and
// whether they already reported it and when (to the police; to the insurer). The report's
// field names stay each kind's own (policeReported…, theftReported…): they are stored JSON and
// message keys. Each kind adds what is its alone (a receipt number; policy and claim numbers).

/** The wizard's fields and the stored ones: the card's bank and the discovery. */
export const discoveryFacts = { bank: bankChoice, discoveredAt: wallTime };
export const storedDiscovery = { bank: storedBank, discoveredAt: storedInstant };
export const discoveryDefaults = { bank: "", discoveredAt: "" };

interface DiscoveryForm {
  readonly bank?: BankId;
  readonly discoveredAt: string;
}
interface DiscoveryStored {
  readonly bank: BankId | null;
  readonly discoveredAt: string;
}

export function storeDiscovery(f: DiscoveryForm, zone: string): DiscoveryStored {
  return { bank: f.bank ?? null, discoveredAt: instant(f.discoveredAt, zone, "facts.discoveredAt") };
}

export function discoveryForm(s: DiscoveryStored, zone: string): { bank: string; discoveredAt: string } {
  return { bank: s.bank ?? "", discoveredAt: wall(s.discoveredAt, zone) };
}

/** The report's instant: only a "yes" keeps its time. */
export function storeReport(answer: "yes" | "no", at: string | undefined, zone: string, field: string): string | null {
  return answer === "yes" ? maybeInstant(at, zone, field) : null;
}

/** The report answer as the form shows it again. */
export function reportForm(at: string | null, zone: string): readonly [answer: string, at: string] {
  return [yn(at), wall(at, zone)];
}

/** The discovery starts the clocks; a report already made meets the first one. */
export function discoveryEvents(
  discovered: CaseEventType,
  reported: CaseEventType,
  discoveredAt: string,
  reportedAt: string | null,
): CaseEventInput[] {
  return [
    { type: discovered, occurredAt: new Date(discoveredAt), payload: { source: "facts" } },
    ...(reportedAt ? [{ type: reported, occurredAt: new Date(reportedAt), payload: { source: "facts" } }] : []),
  ];
}
