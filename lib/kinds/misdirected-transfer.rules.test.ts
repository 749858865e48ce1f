import { describe, expect, test } from "vitest";
import { deadlineFor, ev, windowOf } from "@/lib/deadlines/test-utils";

const kind = "MISDIRECTED_TRANSFER" as const;
const now = "2025-03-10T22:00:00+08:00";

describe("misdirected transfer rules", () => {
  test("misdirected.delayed-arrival-cancel: 2 h or 24 h from the transfer, as chosen when sending", () => {
    const events = [ev("TRANSFER_MADE", "2025-03-10T21:30:00+08:00")];
    const two = deadlineFor({ kind, delayedArrivalHours: 2 }, events, now, "misdirected.delayed-arrival-cancel");
    expect(windowOf(two)).toEqual(["2025-03-10T15:30:00.000Z", "2025-03-10T15:30:00.000Z"]);
    const day = deadlineFor({ kind, delayedArrivalHours: 24 }, events, now, "misdirected.delayed-arrival-cancel");
    expect(windowOf(day)).toEqual(["2025-03-11T13:30:00.000Z", "2025-03-11T13:30:00.000Z"]);
  });
  test("misdirected.delayed-arrival-cancel does not apply without the delayed-arrival fact", () => {
    const d = deadlineFor(
      { kind },
      [ev("TRANSFER_MADE", "2025-03-10T21:30:00+08:00")],
      now,
      "misdirected.delayed-arrival-cancel",
    );
    expect(d.status).toBe("not_applicable");
    expect(d.status === "not_applicable" && d.reason).toBe("fact_missing");
  });
  test("misdirected.complaint-review: 24–48 h from filing", () => {
    const d = deadlineFor(
      { kind },
      [ev("COMPLAINT_FILED", "2025-03-10T09:15:00+08:00")],
      now,
      "misdirected.complaint-review",
    );
    expect(windowOf(d)).toEqual(["2025-03-11T01:15:00.000Z", "2025-03-12T01:15:00.000Z"]);
    expect(d.owner).toBe("COUNTERPARTY");
  });
  test("misdirected.customer-service-appeal: 1–7 working days, skipping Labour Day 2025", () => {
    // Filed Wed 30 Apr; 1–5 May off → 6 May (1st) … 14 May (7th).
    const d = deadlineFor(
      { kind },
      [ev("APPEAL_FILED", "2025-04-30T16:00:00+08:00")],
      now,
      "misdirected.customer-service-appeal",
    );
    expect(windowOf(d)).toEqual(["2025-05-06T15:59:59.999Z", "2025-05-14T15:59:59.999Z"]);
    // Seed 002: usually 1–3 working days (6, 7, 8 May), up to 7: the card shows both, reminders aim at the 7th.
    expect(d.status !== "not_applicable" && d.typicalBy?.toISOString()).toBe("2025-05-08T15:59:59.999Z");
  });
  test("a platform-scoped rule never fires for another platform; a law applies to all", () => {
    const events = [ev("COMPLAINT_FILED", "2025-03-10T09:15:00+08:00")];
    const alipay = { kind, platform: "ALIPAY" as const };
    expect(() => deadlineFor(alipay, events, now, "misdirected.complaint-review")).toThrow();
    const wechat = deadlineFor({ kind, platform: "WECHAT_PAY" }, events, now, "misdirected.complaint-review");
    expect(wechat.status).not.toBe("not_applicable");
    const limitation = deadlineFor(
      alipay,
      [ev("LOSS_KNOWN", "2025-03-10T09:15:00+08:00")],
      now,
      "all.civil-limitation",
    );
    expect(limitation.status).toBe("upcoming");
  });
});
