import { describe, expect, test } from "vitest";
import { deadlineFor, ev, windowOf } from "@/lib/deadlines/test-utils";

const kind = "INSURANCE_CLAIM" as const;
const now = "2026-01-01T00:00:00+08:00";

describe("insurance claim rules", () => {
  test("insurance.theft-report: 48 h", () => {
    const d = deadlineFor(
      { kind },
      [ev("THEFT_DISCOVERED", "2026-10-01T08:00:00+08:00")],
      now,
      "insurance.theft-report",
    );
    expect(windowOf(d)).toEqual(["2026-10-03T00:00:00.000Z", "2026-10-03T00:00:00.000Z"]);
  });
  test("insurance.hijack-review: 5–10 working days across Labour Day 2026 (make-up Sat 9 May)", () => {
    // Thu 30 Apr: 1–5 May off; 6 (1), 7 (2), 8 (3), Sat 9 (4), 11 (5) … 18 May (10).
    const d = deadlineFor({ kind }, [ev("CLAIM_FILED", "2026-04-30T17:00:00+08:00")], now, "insurance.hijack-review");
    expect(windowOf(d)).toEqual(["2026-05-11T15:59:59.999Z", "2026-05-18T15:59:59.999Z"]);
  });
  test("insurance.hijack-review is met by an approval or a rejection", () => {
    const filed = ev("CLAIM_FILED", "2026-04-30T17:00:00+08:00");
    for (const answer of ["CLAIM_APPROVED", "CLAIM_REJECTED"] as const) {
      const d = deadlineFor({ kind }, [filed, ev(answer, "2026-05-08T10:00:00+08:00")], now, "insurance.hijack-review");
      expect(d.status).toBe("met");
    }
  });
  test("insurance.payout: 审核通过后3日内 is 3 calendar days, holidays included (Dragon Boat 2026)", () => {
    // Thu 18 Jun: 19 (1), 20 (2), 21 (3) — the holiday does not stretch it.
    const d = deadlineFor({ kind }, [ev("CLAIM_APPROVED", "2026-06-18T11:00:00+08:00")], now, "insurance.payout");
    expect(windowOf(d)).toEqual(["2026-06-21T15:59:59.999Z", "2026-06-21T15:59:59.999Z"]);
  });
  test("insurance.claim-limitation: 2 years; from a leap day it ends 28 Feb", () => {
    const d = deadlineFor({ kind }, [ev("LOSS_KNOWN", "2024-02-29T12:00:00+08:00")], now, "insurance.claim-limitation");
    expect(windowOf(d)).toEqual(["2026-02-28T15:59:59.999Z", "2026-02-28T15:59:59.999Z"]);
  });
  test("insurance.claim-limitation starts at the earlier of theft discovered and loss known", () => {
    const events = [ev("LOSS_KNOWN", "2025-03-05T12:00:00+08:00"), ev("THEFT_DISCOVERED", "2025-03-01T12:00:00+08:00")];
    const d = deadlineFor({ kind }, events, now, "insurance.claim-limitation");
    expect(windowOf(d)[1]).toBe("2027-03-01T15:59:59.999Z");
  });
});
