import { describe, expect, it } from "vitest";
import { CASE_KINDS } from "@/lib/deadlines";
import { checklistForKind } from "@/lib/evidence/checklist";
import { engineInputFromRow, KINDS, parseStoredFacts, StoredFactsError } from "./index";

const ZONE = "Asia/Shanghai";

describe("one module per kind", () => {
  it("registers every kind, each with facts, events, steps and letter recipients", () => {
    expect(Object.keys(KINDS).sort()).toEqual([...CASE_KINDS].sort());
    for (const kind of CASE_KINDS) {
      const mod = KINDS[kind];
      expect(mod.kind).toBe(kind);
      expect(mod.steps.length).toBeGreaterThan(0);
      expect(mod.events.length).toBeGreaterThan(0);
      expect(mod.letter.recipients.length).toBeGreaterThan(0);
      expect(checklistForKind(kind).length).toBeGreaterThan(0);
      for (const rule of mod.rules) expect(rule.kind).toBe(kind);
    }
  });

  it("round-trips the wizard's facts through the stored shape, which parses on read", () => {
    const typed = {
      FRAUD: { discoveredAt: "2026-03-10T20:30", policeReported: "yes", policeReportedAt: "2026-03-10T21:00" },
      INSURANCE_CLAIM: { discoveredAt: "2026-03-10T20:30", theftReported: "no" },
      ACCOUNT_RESTRICTED: { noticedAt: "2026-03-10T20:30" },
    } as Record<string, Record<string, string>>;
    for (const kind of CASE_KINDS) {
      const mod = KINDS[kind];
      const form = mod.facts.parse({ ...mod.defaultFacts, ...(typed[kind] ?? {}) });
      const stored = (mod.toStored as (f: unknown, z: string) => unknown)(form, ZONE);
      const json = JSON.parse(JSON.stringify(stored));
      expect(parseStoredFacts(kind, json)).toEqual(stored);
      const back = (mod.toForm as (s: unknown, z: string) => Record<string, string>)(stored, ZONE);
      expect(mod.facts.parse(back)).toEqual(form);
    }
  });

  it("reads an older misdirected row: delayedArrivalHours null was the 实时到账 answer", () => {
    expect(
      parseStoredFacts("MISDIRECTED_TRANSFER", { kind: "MISDIRECTED_TRANSFER", delayedArrivalHours: null }),
    ).toEqual({ kind: "MISDIRECTED_TRANSFER", bank: null, arrival: "NONE" });
    expect(parseStoredFacts("MISDIRECTED_TRANSFER", { kind: "MISDIRECTED_TRANSFER", delayedArrivalHours: 24 })).toEqual(
      { kind: "MISDIRECTED_TRANSFER", bank: null, arrival: "24" },
    );
  });

  it("refuses a stored row that does not fit its kind instead of casting it", () => {
    expect(() => parseStoredFacts("FRAUD", { kind: "FRAUD", discoveredAt: "yesterday" })).toThrow(StoredFactsError);
    expect(() => parseStoredFacts("FRAUD", { kind: "ACCOUNT_RESTRICTED" })).toThrow(StoredFactsError);
  });

  it("engineInputFromRow: platform, situations and the facts' events; 实时到账 vs 不清楚", () => {
    const row = (arrival: string) => ({
      kind: "MISDIRECTED_TRANSFER",
      platform: "WECHAT_PAY",
      amountFen: 300_000n,
      facts: { kind: "MISDIRECTED_TRANSFER", arrival },
      payments: [{ occurredAt: new Date("2026-03-10T12:30:00Z"), createdAt: new Date("2026-03-11T00:30:00Z") }],
    });
    const realtime = engineInputFromRow(row("NONE"));
    expect(realtime.facts).toMatchObject({ platform: "WECHAT_PAY", situations: ["REALTIME_ARRIVAL"] });
    expect(realtime.facts.delayedArrivalHours).toBeUndefined();
    expect(realtime.factEvents.map((e) => e.type)).toEqual(["TRANSFER_MADE", "LOSS_KNOWN"]);
    expect(realtime.factEvents[0]?.knownAt?.toISOString()).toBe("2026-03-11T00:30:00.000Z");
    expect(engineInputFromRow(row("UNKNOWN")).facts.situations).toEqual(["ARRIVAL_UNKNOWN"]);
    expect(engineInputFromRow(row("2")).facts.delayedArrivalHours).toBe(2);
  });
});
