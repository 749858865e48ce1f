import { describe, expect, test } from "vitest";
import { reminderInstants } from "./reminder-instants";
import { deadlineFor, ev } from "./test-utils";

describe("reminderInstants", () => {
  test("72 h, 24 h, 2 h before the latest instant and at it, with stable keys", () => {
    const d = deadlineFor(
      { kind: "MERCHANT_DISPUTE" },
      [ev("GOODS_RECEIVED", "2025-05-30T20:00:00+08:00")],
      "2025-05-31T00:00:00Z",
      "merchant.no-reason-return",
    );
    expect(reminderInstants(d).map((r) => [r.key, r.at.toISOString()])).toEqual([
      ["merchant.no-reason-return:72h", "2025-06-03T15:59:59.999Z"],
      ["merchant.no-reason-return:24h", "2025-06-05T15:59:59.999Z"],
      ["merchant.no-reason-return:2h", "2025-06-06T13:59:59.999Z"],
      ["merchant.no-reason-return:0h", "2025-06-06T15:59:59.999Z"],
    ]);
  });
  test("skips reminders that would fall before the trigger (48 h window: no 72 h reminder)", () => {
    const d = deadlineFor(
      { kind: "FRAUD" },
      [ev("FRAUD_DISCOVERED", "2025-01-27T23:00:00+08:00")],
      "2025-01-28T00:00:00Z",
      "fraud.police-report",
    );
    expect(reminderInstants(d).map((r) => [r.offsetHours, r.at.toISOString()])).toEqual([
      [24, "2025-01-28T15:00:00.000Z"],
      [2, "2025-01-29T13:00:00.000Z"],
      [0, "2025-01-29T15:00:00.000Z"],
    ]);
  });
  test("none for counterparty windows, met obligations or inactive rules", () => {
    const review = deadlineFor(
      { kind: "FRAUD" },
      [ev("PLATFORM_REPORT_FILED", "2025-09-30T18:00:00+08:00")],
      "2025-10-01T00:00:00Z",
      "fraud.platform-report-review",
    );
    const met = deadlineFor(
      { kind: "FRAUD" },
      [ev("FRAUD_DISCOVERED", "2025-01-27T23:00:00+08:00"), ev("POLICE_REPORTED", "2025-01-28T09:00:00+08:00")],
      "2025-01-28T10:00:00Z",
      "fraud.police-report",
    );
    const inactive = deadlineFor({ kind: "FRAUD" }, [], "2025-01-28T10:00:00Z", "fraud.police-report");
    expect([reminderInstants(review), reminderInstants(met), reminderInstants(inactive)]).toEqual([[], [], []]);
  });
});
