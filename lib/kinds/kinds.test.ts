import { describe, expect, it } from "vitest";
import { CASE_KINDS, PAYMENT_PLATFORMS, type CaseKind, type PaymentPlatform } from "@/lib/deadlines";
import { stepContacts } from "./contacts";
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

describe("first steps and their contacts, from the modules", () => {
  const tel = (kind: CaseKind, platform: PaymentPlatform, step = 0) =>
    stepContacts(KINDS[kind].steps[step]?.contacts, kind, platform).map((t) => t.number);

  it("fraud: call 110 / 96110 now, whatever the platform; the 48 hours only where WeChat Pay's 百万保障 gives them", () => {
    const [first] = KINDS.FRAUD.steps;
    expect(first?.text["zh-CN"]).not.toContain("48");
    expect(first?.onPlatform?.WECHAT_PAY?.text?.["zh-CN"]).toContain("48小时");
    expect(first?.onPlatform?.WECHAT_PAY?.text?.en).toContain("48 hours");
    for (const platform of PAYMENT_PLATFORMS) expect(tel("FRAUD", platform)).toEqual(["110", "96110"]);
  });
  it("account restricted: the platform's own line only (none for OKPay), never the police", () => {
    expect(tel("ACCOUNT_RESTRICTED", "WECHAT_PAY")).toEqual(["95017"]);
    expect(tel("ACCOUNT_RESTRICTED", "ALIPAY")).toEqual(["95188"]);
    expect(tel("ACCOUNT_RESTRICTED", "OKPAY")).toEqual([]);
    expect(stepContacts(["police", "antiFraud"], "ACCOUNT_RESTRICTED", "WECHAT_PAY")).toEqual([]);
  });
  it("misdirected transfer: stopping a delayed transfer first, then the complaint", () => {
    const ids = KINDS.MISDIRECTED_TRANSFER.steps.map((s) => s.id);
    expect(ids.indexOf("misdirected.cancel")).toBeLessThan(ids.indexOf("misdirected.complaint"));
    expect(KINDS.MISDIRECTED_TRANSFER.steps.at(-1)?.text["zh-CN"]).toContain("交易投诉");
  });
});
