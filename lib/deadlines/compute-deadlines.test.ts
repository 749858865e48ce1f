import { describe, expect, test } from "vitest";
import { computeKindDeadlines as computeDeadlines } from "@/lib/kinds/catalog";
import { active, at, deadlineFor, ev, find } from "./test-utils";

const merchant = { kind: "MERCHANT_DISPUTE" } as const;
const received = ev("GOODS_RECEIVED", "2025-05-30T20:00:00+08:00"); // due end of 6 Jun = 2025-06-06T15:59:59.999Z
const RETURN = "merchant.no-reason-return";

describe("status of a user obligation (7-day return, due 2025-06-06T15:59:59.999Z)", () => {
  const statusAt = (now: string, extra = [] as ReturnType<typeof ev>[]) =>
    deadlineFor(merchant, [received, ...extra], now, RETURN);
  test("upcoming while more than 72 h remain", () => {
    expect(statusAt("2025-05-31T10:00:00+08:00").status).toBe("upcoming");
    expect(statusAt("2025-06-03T15:59:59.998Z").status).toBe("upcoming");
  });
  test("due_soon from 72 h before the latest instant up to it", () => {
    expect(statusAt("2025-06-03T15:59:59.999Z").status).toBe("due_soon");
    expect(statusAt("2025-06-06T15:59:59.999Z").status).toBe("due_soon");
  });
  test("overdue only after the latest instant, with the next step", () => {
    const d = active(statusAt("2025-06-06T16:00:00Z"));
    expect(d.status).toBe("overdue");
    expect(d.nextStep?.en).toMatch(/complain about the merchant/i);
    expect(d.nextStep?.["zh-CN"]).toMatch(/投诉商户/);
    expect(active(statusAt("2025-06-05T10:00:00Z")).nextStep).toBeNull();
  });
  test("met on time, or met late", () => {
    const onTime = active(statusAt("2025-06-20T00:00:00Z", [ev("RETURN_REQUESTED", "2025-06-01T10:00:00+08:00")]));
    expect([onTime.status, onTime.metLate, onTime.metAt?.toISOString()]).toEqual([
      "met",
      false,
      "2025-06-01T02:00:00.000Z",
    ]);
    const late = active(statusAt("2025-06-20T00:00:00Z", [ev("RETURN_REQUESTED", "2025-06-07T00:00:00+08:00")]));
    expect([late.status, late.metLate]).toEqual(["met", true]);
  });
  test("the custom due-soon threshold is honoured", () => {
    const d = computeDeadlines(merchant, [received], at("2025-06-05T00:00:00Z"), { userDueSoonHours: 24 });
    expect(find(d, RETURN).status).toBe("upcoming");
  });
});

describe("status of a counterparty window (fraud report, 16–28 Oct 2025)", () => {
  const fraud = { kind: "FRAUD" } as const;
  const filed = ev("PLATFORM_REPORT_FILED", "2025-09-30T18:00:00+08:00");
  const REVIEW = "fraud.platform-report-review";
  test("upcoming before the earliest instant, due_soon from it to the latest, then overdue with escalation", () => {
    expect(deadlineFor(fraud, [filed], "2025-10-16T15:59:59.998Z", REVIEW).status).toBe("upcoming");
    expect(deadlineFor(fraud, [filed], "2025-10-16T15:59:59.999Z", REVIEW).status).toBe("due_soon");
    expect(deadlineFor(fraud, [filed], "2025-10-28T15:59:59.999Z", REVIEW).status).toBe("due_soon");
    const lapsed = active(deadlineFor(fraud, [filed], "2025-10-28T16:00:00Z", REVIEW));
    expect(lapsed.status).toBe("overdue");
    expect(lapsed.nextStep?.en).toMatch(/cyber police/);
  });
  test("met by the platform's answer, or by a generic ANSWERED aimed at it", () => {
    const answered = ev("PLATFORM_REPORT_ANSWERED", "2025-10-20T10:00:00+08:00");
    expect(deadlineFor(fraud, [filed, answered], "2025-11-30T00:00:00Z", REVIEW).status).toBe("met");
    expect(
      deadlineFor(fraud, [filed, ev("ANSWERED", "2025-10-20T10:00:00+08:00", REVIEW)], "2025-11-30T00:00:00Z", REVIEW)
        .status,
    ).toBe("met");
    expect(
      deadlineFor(
        fraud,
        [filed, ev("ANSWERED", "2025-10-20T10:00:00+08:00", "other.rule")],
        "2025-11-30T00:00:00Z",
        REVIEW,
      ).status,
    ).toBe("overdue");
    expect(
      deadlineFor(fraud, [ev("ANSWERED", "2025-09-01T10:00:00+08:00"), filed], "2025-10-01T00:00:00Z", REVIEW).status,
    ).toBe("upcoming");
  });
});

describe("computeDeadlines", () => {
  test("lists every rule of the kind plus the all-kinds rules; untriggered ones as not_applicable", () => {
    const list = computeDeadlines({ kind: "FRAUD" }, [], at("2025-10-01T00:00:00Z"));
    expect(list.map((d) => d.ruleId)).toEqual([
      "fraud.police-report",
      "fraud.platform-report-review",
      "all.statement-download",
      "all.civil-limitation",
    ]);
    const first = find(list, "fraud.police-report");
    expect(first.status === "not_applicable" && [first.reason, first.startedBy]).toEqual([
      "trigger_missing",
      ["FRAUD_DISCOVERED"],
    ]);
  });
  test("events may arrive unsorted: the earliest trigger wins", () => {
    const events = [
      ev("FRAUD_DISCOVERED", "2025-01-28T10:00:00+08:00"),
      ev("FRAUD_DISCOVERED", "2025-01-27T23:00:00+08:00"),
    ];
    const sorted = computeDeadlines({ kind: "FRAUD" }, [...events].reverse(), at("2025-01-28T12:00:00+08:00"));
    const unsorted = computeDeadlines({ kind: "FRAUD" }, events, at("2025-01-28T12:00:00+08:00"));
    expect(unsorted).toEqual(sorted);
    expect(active(find(unsorted, "fraud.police-report")).triggeredAt.toISOString()).toBe("2025-01-27T15:00:00.000Z");
  });
  test("a user report logged before the discovery still meets the obligation", () => {
    const events = [
      ev("POLICE_REPORTED", "2025-01-27T22:00:00+08:00"),
      ev("FRAUD_DISCOVERED", "2025-01-27T23:00:00+08:00"),
    ];
    expect(deadlineFor({ kind: "FRAUD" }, events, "2025-02-10T00:00:00Z", "fraud.police-report").status).toBe("met");
  });
  test("a working-day window in 2027 is provisional: statutory holidays off, the year named", () => {
    const d = active(
      deadlineFor(
        { kind: "FRAUD" },
        [ev("PLATFORM_REPORT_FILED", "2027-09-30T10:00:00+08:00")],
        "2027-10-01T00:00:00Z",
        "fraud.platform-report-review",
      ),
    );
    // National Day 1–3 Oct 2027 (Fri–Sun); art. 6 makes up Sat 2 and Sun 3 on Mon 4 and Tue 5.
    // Thu 30 Sep → Wed 6 Oct (1) … Thu 14 Oct (7), Tue 26 Oct (15).
    expect([d.earliest.toISOString(), d.latest.toISOString()]).toEqual([
      "2027-10-14T15:59:59.999Z",
      "2027-10-26T15:59:59.999Z",
    ]);
    expect(d.holidaysConfirmed).toBe(false);
    expect(d.unconfirmedYears).toEqual([2027]);
    expect(d.derivation.en).toContain("1–5 Oct are holidays");
    expect(d.derivation.en).toContain("the 2027 holiday schedule is not yet published");
    expect(d.derivation["zh-CN"]).toContain("2027 年放假安排尚未公布，仅计法定节假日，调休未计入");
  });
  test("a window that starts in 2026 and ends in 2027 is unconfirmed; one inside 2026 is confirmed", () => {
    const late = active(
      deadlineFor(
        { kind: "FRAUD" },
        [ev("PLATFORM_REPORT_FILED", "2026-12-20T10:00:00+08:00")],
        "2026-12-21T00:00:00Z",
        "fraud.platform-report-review",
      ),
    );
    expect(late.holidaysConfirmed).toBe(false);
    expect(late.unconfirmedYears).toEqual([2027]);
    const inside = active(
      deadlineFor(
        { kind: "FRAUD" },
        [ev("PLATFORM_REPORT_FILED", "2026-11-02T10:00:00+08:00")],
        "2026-11-03T00:00:00Z",
        "fraud.platform-report-review",
      ),
    );
    expect(inside.holidaysConfirmed).toBe(true);
    expect(inside.unconfirmedYears).toEqual([]);
  });
  test("invalid or out-of-range instants are RangeErrors", () => {
    expect(() => computeDeadlines({ kind: "FRAUD" }, [], new Date(Number.NaN))).toThrow(RangeError);
    expect(() =>
      computeDeadlines({ kind: "FRAUD" }, [ev("FRAUD_DISCOVERED", "1900-01-01T00:00:00Z")], at("2025-01-01T00:00:00Z")),
    ).toThrow(/1900/);
    expect(() =>
      computeDeadlines(
        { kind: "FRAUD" },
        [{ type: "FRAUD_DISCOVERED", occurredAt: new Date("x") }],
        at("2025-01-01T00:00:00Z"),
      ),
    ).toThrow(RangeError);
  });
});
