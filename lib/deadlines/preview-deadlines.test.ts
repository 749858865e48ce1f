import { describe, expect, test } from "vitest";
import { previewKindDeadlines as previewDeadlines } from "@/lib/kinds/catalog";
import { active, at, find, windowOf } from "./test-utils";

describe("previewDeadlines", () => {
  test("every rule of the kind as if triggered at the instant", () => {
    const list = previewDeadlines("FRAUD", at("2025-09-30T18:00:00+08:00"), at("2025-10-02T09:00:00+08:00"));
    expect(list.map((d) => d.ruleId)).toEqual([
      "fraud.police-report",
      "fraud.platform-report-review",
      "all.statement-download",
      "all.civil-limitation",
    ]);
    expect(windowOf(find(list, "fraud.platform-report-review"))).toEqual([
      "2025-10-16T15:59:59.999Z",
      "2025-10-28T15:59:59.999Z",
    ]);
    expect(windowOf(find(list, "fraud.police-report"))[1]).toBe("2025-10-02T10:00:00.000Z");
  });
  test("one rule's trigger does not meet another (CLAIM_APPROVED / CLAIM_FILED)", () => {
    const list = previewDeadlines("INSURANCE_CLAIM", at("2026-04-30T17:00:00+08:00"), at("2026-04-30T18:00:00+08:00"));
    expect(list.every((d) => d.status !== "met")).toBe(true);
    expect(active(find(list, "insurance.hijack-review")).status).toBe("upcoming");
  });
  test("facts switch rules on", () => {
    const without = previewDeadlines(
      "MISDIRECTED_TRANSFER",
      at("2025-03-10T21:30:00+08:00"),
      at("2025-03-10T21:31:00+08:00"),
    );
    expect(find(without, "misdirected.delayed-arrival-cancel").status).toBe("not_applicable");
    const withFact = previewDeadlines(
      "MISDIRECTED_TRANSFER",
      at("2025-03-10T21:30:00+08:00"),
      at("2025-03-10T21:31:00+08:00"),
      { delayedArrivalHours: 24 },
    );
    expect(windowOf(find(withFact, "misdirected.delayed-arrival-cancel"))[1]).toBe("2025-03-11T13:30:00.000Z");
  });
  test("out-of-range trigger is a RangeError", () => {
    expect(() => previewDeadlines("FRAUD", at("1900-01-01T00:00:00Z"), at("2025-01-01T00:00:00Z"))).toThrow(RangeError);
  });
});
