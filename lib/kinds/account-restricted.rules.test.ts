import { describe, expect, test } from "vitest";
import { deadlineFor, ev, windowOf } from "@/lib/deadlines/test-utils";
import { findRule } from "./catalog";

const kind = "ACCOUNT_RESTRICTED" as const;
const now = "2025-01-01T00:00:00+08:00";

describe("account restricted rules", () => {
  test("restricted.customer-service-appeal: 1–7 working days, across National Day 2025", () => {
    // Tue 30 Sep: 1–8 Oct off; Thu 9 (1), Fri 10 (2), Sat 11 make-up (3), 13 (4), 14 (5), 15 (6), 16 (7).
    const d = deadlineFor(
      { kind },
      [ev("RESTRICTION_NOTICED", "2025-09-29T09:00:00+08:00"), ev("APPEAL_FILED", "2025-09-30T18:00:00+08:00")],
      now,
      "restricted.customer-service-appeal",
    );
    expect(windowOf(d)).toEqual(["2025-10-09T15:59:59.999Z", "2025-10-16T15:59:59.999Z"]);
  });
  test("restricted.customer-service-appeal: noticing the restriction starts no clock", () => {
    const d = deadlineFor(
      { kind },
      [ev("RESTRICTION_NOTICED", "2025-09-29T09:00:00+08:00")],
      now,
      "restricted.customer-service-appeal",
    );
    expect(d.status).toBe("not_applicable");
    expect(d.status === "not_applicable" && d.startedBy).toEqual(["APPEAL_FILED"]);
  });
  test("restricted.customer-service-appeal is met by an answer or by the account being unfrozen", () => {
    const filed = ev("APPEAL_FILED", "2025-03-03T10:00:00+08:00");
    for (const answer of ["APPEAL_ANSWERED", "UNFROZEN"] as const) {
      const d = deadlineFor(
        { kind },
        [filed, ev(answer, "2025-03-04T10:00:00+08:00")],
        "2025-03-05T00:00:00+08:00",
        "restricted.customer-service-appeal",
      );
      expect(d.status).toBe("met");
    }
  });
  test("restricted.risk-control-unfreeze: 1–3 civil days", () => {
    const d = deadlineFor(
      { kind },
      [ev("UNFREEZE_MATERIALS_SUBMITTED", "2025-10-07T22:00:00+08:00")],
      now,
      "restricted.risk-control-unfreeze",
    );
    expect(windowOf(d)).toEqual(["2025-10-08T15:59:59.999Z", "2025-10-10T15:59:59.999Z"]);
  });
  test("the risk-control unfreeze moved out of the judicial-freeze kind", () => {
    expect(findRule("freeze.risk-control-unfreeze")).toBeUndefined();
    expect(findRule("restricted.risk-control-unfreeze")?.kind).toBe(kind);
  });
});
