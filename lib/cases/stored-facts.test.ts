import { describe, expect, test } from "vitest";
import { computeKindDeadlines } from "@/lib/kinds/catalog";
import { maskAccount } from "./money";
import { recordableEvents } from "./recordable-events";
import { CaseFormSchema } from "./schema";
import { changedFields, engineFacts, factEvents, toFormValues, toStoredCase } from "./stored-facts";

const fraud = CaseFormSchema.parse({
  kind: "FRAUD",
  platform: "ALIPAY",
  title: "刷单",
  timeZone: "Asia/Shanghai",
  payments: [
    { occurredAt: "2026-11-28T22:10", amount: "１，０００" },
    { occurredAt: "2026-11-29T09:00", amount: "27000" },
  ],
  facts: { discoveredAt: "2026-11-29T16:00", policeReported: "yes", policeReportedAt: "2026-11-29T17:30" },
});

describe("from the wizard to what is stored and what the engine reads", () => {
  test("wall times in Beijing become instants; the amount at stake is the sum of the payments", () => {
    const stored = toStoredCase(fraud);
    expect(stored.amountFen).toBe(2_800_000n);
    expect(stored.facts).toEqual({
      kind: "FRAUD",
      bank: null,
      discoveredAt: "2026-11-29T08:00:00.000Z",
      policeReportedAt: "2026-11-29T09:30:00.000Z",
      policeReceiptNo: null,
    });
    expect(factEvents(stored.facts, stored.payments).map((e) => [e.type, e.occurredAt.toISOString()])).toEqual([
      ["TRANSFER_MADE", "2026-11-28T14:10:00.000Z"],
      ["TRANSFER_MADE", "2026-11-29T01:00:00.000Z"],
      ["FRAUD_DISCOVERED", "2026-11-29T08:00:00.000Z"],
      ["POLICE_REPORTED", "2026-11-29T09:30:00.000Z"],
    ]);
  });

  test("the edit form gets back exactly what was typed (in the user's zone)", () => {
    const values = toFormValues("FRAUD", toStoredCase(fraud), "Asia/Shanghai");
    expect(values.facts).toMatchObject({ discoveredAt: "2026-11-29T16:00", policeReported: "yes" });
    expect(values.payments.map((p) => [p.occurredAt, p.amount])).toEqual([
      ["2026-11-28T22:10", "1000.00"],
      ["2026-11-29T09:00", "27000.00"],
    ]);
    expect(changedFields(toStoredCase(fraud), toStoredCase(CaseFormSchema.parse(values)))).toEqual([]);
  });

  test("the one-tap actions follow the open deadlines", () => {
    const stored = toStoredCase({
      ...fraud,
      facts: { ...fraud.facts, policeReported: "no", policeReportedAt: undefined },
    } as typeof fraud);
    const deadlines = computeKindDeadlines(
      engineFacts(stored.facts, stored.amountFen),
      factEvents(stored.facts, stored.payments),
      new Date("2026-11-29T11:00:00Z"),
    );
    const { primary, secondary } = recordableEvents(deadlines);
    expect(primary[0]).toEqual({ type: "POLICE_REPORTED" });
    expect(primary.map((e) => e.type)).toContain("MONEY_RECOVERED");
    expect(secondary.map((e) => e.type)).toContain("PLATFORM_REPORT_FILED");
    expect(secondary.map((e) => e.type)).not.toContain("FRAUD_DISCOVERED"); // a fact, asked by the wizard
  });

  test("a payment with seconds (from a bill) comes back with them, so an edit changes nothing", () => {
    const withSeconds = CaseFormSchema.parse({
      ...fraud,
      payments: [{ occurredAt: "2026-11-28T22:10:27", amount: "1000" }],
    });
    const stored = toStoredCase(withSeconds);
    expect(stored.payments[0]?.occurredAt.toISOString()).toBe("2026-11-28T14:10:27.000Z");
    const values = toFormValues("FRAUD", stored, "Asia/Shanghai");
    expect(values.payments[0]?.occurredAt).toBe("2026-11-28T22:10:27");
    expect(changedFields(stored, toStoredCase(CaseFormSchema.parse(values)))).toEqual([]);
  });

  test("a misdirected sender knew of the loss at the earliest transfer, whatever the list's order", () => {
    const stored = toStoredCase(
      CaseFormSchema.parse({
        kind: "MISDIRECTED_TRANSFER",
        platform: "WECHAT_PAY",
        title: "转错",
        timeZone: "Asia/Shanghai",
        payments: [
          { occurredAt: "2026-11-29T09:00", amount: "5" },
          { occurredAt: "2026-11-20T08:30", amount: "7" },
        ],
        facts: { delayedArrival: "NONE" },
      }),
    );
    const lossKnown = factEvents(stored.facts, stored.payments).find((e) => e.type === "LOSS_KNOWN");
    expect(lossKnown?.occurredAt.toISOString()).toBe("2026-11-20T00:30:00.000Z");
  });

  test("accounts are shown masked", () => {
    expect(maskAccount("6222020200112233445")).toBe("622************3445");
    expect(maskAccount("13800138000")).toBe("138****8000");
    expect(maskAccount("abc")).toBe("***");
  });
});
