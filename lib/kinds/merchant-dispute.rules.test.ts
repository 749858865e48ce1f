import { describe, expect, test } from "vitest";
import { deadlineFor, ev, windowOf } from "@/lib/deadlines/test-utils";

const kind = "MERCHANT_DISPUTE" as const;
const now = "2025-01-01T00:00:00+08:00";

describe("merchant dispute rules", () => {
  test("merchant.no-reason-return: 7 civil days, end of the 7th (Dragon Boat holiday does not extend it)", () => {
    const d = deadlineFor(
      { kind },
      [ev("GOODS_RECEIVED", "2025-05-30T20:00:00+08:00")],
      now,
      "merchant.no-reason-return",
    );
    expect(windowOf(d)).toEqual(["2025-06-06T15:59:59.999Z", "2025-06-06T15:59:59.999Z"]);
  });
  test("merchant.complaint-review: 3–5 working days across Spring Festival 2026 (make-up Sat 14 Feb)", () => {
    // Thu 12 Feb: 13 Feb (1), Sat 14 Feb (2), 15–23 off, 24 Feb (3), 25 (4), 26 (5).
    const d = deadlineFor(
      { kind },
      [ev("COMPLAINT_FILED", "2026-02-12T10:00:00+08:00")],
      now,
      "merchant.complaint-review",
    );
    expect(windowOf(d)).toEqual(["2026-02-24T15:59:59.999Z", "2026-02-26T15:59:59.999Z"]);
  });
  test("merchant.platform-arbitration: 5–7 working days around Mid-Autumn 2026 (make-up Sun 20 Sep)", () => {
    // Fri 18 Sep: Sun 20 (1), 21 (2), 22 (3), 23 (4), 24 (5); 25–27 off; 28 (6), 29 (7).
    const d = deadlineFor(
      { kind },
      [ev("DISPUTE_FILED", "2026-09-18T12:00:00+08:00")],
      now,
      "merchant.platform-arbitration",
    );
    expect(windowOf(d)).toEqual(["2026-09-24T15:59:59.999Z", "2026-09-29T15:59:59.999Z"]);
  });
});
