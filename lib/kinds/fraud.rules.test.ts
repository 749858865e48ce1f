import { describe, expect, test } from "vitest";
import { active, deadlineFor, ev, windowOf } from "@/lib/deadlines/test-utils";

const kind = "FRAUD" as const;

describe("fraud rules", () => {
  test("fraud.police-report: 48 h of elapsed time, holidays irrelevant", () => {
    const d = deadlineFor(
      { kind },
      [ev("FRAUD_DISCOVERED", "2025-01-27T23:00:00+08:00")],
      "2025-01-28T10:00:00+08:00",
      "fraud.police-report",
    );
    expect(windowOf(d)).toEqual(["2025-01-29T15:00:00.000Z", "2025-01-29T15:00:00.000Z"]);
    expect(d.owner).toBe("USER");
  });
  test("fraud.platform-report-review: 7–15 working days across National Day 2025 (the house example)", () => {
    const d = active(
      deadlineFor(
        { kind },
        [ev("PLATFORM_REPORT_FILED", "2025-09-30T18:00:00+08:00")],
        "2025-10-02T09:00:00+08:00",
        "fraud.platform-report-review",
      ),
    );
    expect(windowOf(d)).toEqual(["2025-10-16T15:59:59.999Z", "2025-10-28T15:59:59.999Z"]);
    expect(d.holidaysConfirmed).toBe(true);
  });
  test("fraud.platform-report-review across Spring Festival 2025 (make-up Sun 26 Jan, Sat 8 Feb)", () => {
    // Fri 24 Jan: 26 Jan (1), 27 (2), 5 Feb (3), 6 (4), 7 (5), 8 (6), 10 (7) … 20 Feb (15).
    const d = deadlineFor(
      { kind },
      [ev("PLATFORM_REPORT_FILED", "2025-01-24T11:00:00+08:00")],
      "2025-01-24T12:00:00+08:00",
      "fraud.platform-report-review",
    );
    expect(windowOf(d)).toEqual(["2025-02-10T15:59:59.999Z", "2025-02-20T15:59:59.999Z"]);
  });
  test("the civil limitation period starts at the discovery of the fraud", () => {
    const d = deadlineFor(
      { kind },
      [ev("FRAUD_DISCOVERED", "2025-06-15T10:00:00+08:00")],
      "2025-06-16T00:00:00+08:00",
      "all.civil-limitation",
    );
    expect(windowOf(d)).toEqual(["2028-06-15T15:59:59.999Z", "2028-06-15T15:59:59.999Z"]);
  });
});
