import { describe, expect, test } from "vitest";
import { active, deadlineFor, ev, windowOf } from "./test-utils";

const misdirected = { kind: "MISDIRECTED_TRANSFER" } as const;
const COMPLAINT = "misdirected.complaint-review";
const complaint = ev("COMPLAINT_FILED", "2025-03-10T09:00:00+08:00"); // 24–48 h → 11 Mar 09:00 – 12 Mar 09:00 Beijing

describe("HOURS windows move by the paused elapsed time", () => {
  test("single pause of 6 h 30 min", () => {
    const events = [
      complaint,
      ev("INFO_REQUESTED", "2025-03-10T12:00:00+08:00"),
      ev("INFO_PROVIDED", "2025-03-10T18:30:00+08:00"),
    ];
    const d = deadlineFor(misdirected, events, "2025-03-11T00:00:00+08:00", COMPLAINT);
    expect(windowOf(d)).toEqual(["2025-03-11T07:30:00.000Z", "2025-03-12T07:30:00.000Z"]);
    expect(active(d).derivation.en).toMatch(/paused 6 h 30 min/);
  });
  test("several pauses add up (6 h 30 min + 2 h)", () => {
    const events = [
      complaint,
      ev("INFO_REQUESTED", "2025-03-10T12:00:00+08:00"),
      ev("INFO_PROVIDED", "2025-03-10T18:30:00+08:00"),
      ev("INFO_REQUESTED", "2025-03-11T08:00:00+08:00"),
      ev("INFO_PROVIDED", "2025-03-11T10:00:00+08:00"),
    ];
    const d = active(deadlineFor(misdirected, events, "2025-03-11T12:00:00+08:00", COMPLAINT));
    expect(d.latest.toISOString()).toBe("2025-03-12T09:30:00.000Z");
    expect(d.pauseCount).toBe(2);
  });
  test("an open pause: status paused, since when, latest as if answered now", () => {
    const events = [complaint, ev("INFO_REQUESTED", "2025-03-10T12:00:00+08:00")];
    const d = active(deadlineFor(misdirected, events, "2025-03-13T12:00:00+08:00", COMPLAINT));
    expect(d.status).toBe("paused");
    expect(d.pausedSince?.toISOString()).toBe("2025-03-10T04:00:00.000Z");
    expect(d.latest.toISOString()).toBe("2025-03-15T01:00:00.000Z"); // 12 Mar 09:00 + 72 h paused
  });
  test("a pause aimed at another rule, before the trigger, or on a user obligation changes nothing", () => {
    const other = [complaint, ev("INFO_REQUESTED", "2025-03-10T12:00:00+08:00", "misdirected.customer-service-appeal")];
    expect(windowOf(deadlineFor(misdirected, other, "2025-03-11T00:00:00Z", COMPLAINT))).toEqual([
      "2025-03-11T01:00:00.000Z",
      "2025-03-12T01:00:00.000Z",
    ]);
    const before = [
      ev("INFO_REQUESTED", "2025-03-09T12:00:00+08:00"),
      ev("INFO_PROVIDED", "2025-03-10T12:00:00+08:00"),
      complaint,
    ];
    expect(windowOf(deadlineFor(misdirected, before, "2025-03-11T00:00:00Z", COMPLAINT))[1]).toBe(
      "2025-03-12T01:00:00.000Z",
    );
    const fraud = [
      ev("FRAUD_DISCOVERED", "2025-01-27T23:00:00+08:00"),
      ev("INFO_REQUESTED", "2025-01-28T08:00:00+08:00"),
    ];
    const report = active(deadlineFor({ kind: "FRAUD" }, fraud, "2025-01-28T09:00:00+08:00", "fraud.police-report"));
    expect([report.status, report.latest.toISOString()]).toEqual(["due_soon", "2025-01-29T15:00:00.000Z"]);
  });
  test("an answer during an open pause ends it: met, not paused", () => {
    const events = [
      complaint,
      ev("INFO_REQUESTED", "2025-03-10T12:00:00+08:00"),
      ev("COMPLAINT_ANSWERED", "2025-03-10T14:00:00+08:00"),
    ];
    const d = active(deadlineFor(misdirected, events, "2025-03-20T00:00:00Z", COMPLAINT));
    expect([d.status, d.latest.toISOString(), d.metLate]).toEqual(["met", "2025-03-12T03:00:00.000Z", false]);
  });
});

describe("WORKING_DAYS windows move by the working days in [pause date, resume date)", () => {
  const fraud = { kind: "FRAUD" } as const;
  const REVIEW = "fraud.platform-report-review";
  // Mon 3 Nov 2025: 7th working day 12 Nov, 15th 24 Nov.
  const filed = ev("PLATFORM_REPORT_FILED", "2025-11-03T10:00:00+08:00");
  test("no pause", () => {
    expect(windowOf(deadlineFor(fraud, [filed], "2025-11-04T00:00:00Z", REVIEW))).toEqual([
      "2025-11-12T15:59:59.999Z",
      "2025-11-24T15:59:59.999Z",
    ]);
  });
  test("Wed 15:00 → Fri 09:00 covers Wed and Thu: +2 working days", () => {
    const events = [
      filed,
      ev("INFO_REQUESTED", "2025-11-05T15:00:00+08:00"),
      ev("INFO_PROVIDED", "2025-11-07T09:00:00+08:00"),
    ];
    const d = active(deadlineFor(fraud, events, "2025-11-08T00:00:00Z", REVIEW));
    expect(windowOf(d)).toEqual(["2025-11-14T15:59:59.999Z", "2025-11-26T15:59:59.999Z"]);
    expect(d.derivation.en).toMatch(/paused 2 working days/);
    expect(d.derivation["zh-CN"]).toMatch(/暂停2个工作日/);
  });
  test("Fri evening → Mon morning covers only Fri; a same-day pause moves nothing", () => {
    const weekend = [
      filed,
      ev("INFO_REQUESTED", "2025-11-07T18:00:00+08:00"),
      ev("INFO_PROVIDED", "2025-11-10T08:00:00+08:00"),
    ];
    expect(windowOf(deadlineFor(fraud, weekend, "2025-11-11T00:00:00Z", REVIEW))).toEqual([
      "2025-11-13T15:59:59.999Z",
      "2025-11-25T15:59:59.999Z",
    ]);
    const sameDay = [
      filed,
      ev("INFO_REQUESTED", "2025-11-05T09:00:00+08:00"),
      ev("INFO_PROVIDED", "2025-11-05T17:00:00+08:00"),
    ];
    expect(windowOf(deadlineFor(fraud, sameDay, "2025-11-06T00:00:00Z", REVIEW))).toEqual([
      "2025-11-12T15:59:59.999Z",
      "2025-11-24T15:59:59.999Z",
    ]);
  });
  test("open pause since Tue 18 Nov, now Thu 20 Nov: paused, +2 so far", () => {
    const events = [filed, ev("INFO_REQUESTED", "2025-11-18T09:00:00+08:00")];
    const d = active(deadlineFor(fraud, events, "2025-11-20T10:00:00+08:00", REVIEW));
    expect([d.status, d.pausedSince?.toISOString(), d.latest.toISOString()]).toEqual([
      "paused",
      "2025-11-18T01:00:00.000Z",
      "2025-11-26T15:59:59.999Z",
    ]);
  });
  test("a pause without ruleId applies to every open counterparty window of the case", () => {
    const events = [
      ev("COMPLAINT_FILED", "2025-11-03T10:00:00+08:00"),
      ev("APPEAL_FILED", "2025-11-03T11:00:00+08:00"),
      ev("INFO_REQUESTED", "2025-11-03T12:00:00+08:00"),
    ];
    for (const id of ["misdirected.complaint-review", "misdirected.customer-service-appeal"]) {
      expect(deadlineFor(misdirected, events, "2025-11-04T00:00:00Z", id).status).toBe("paused");
    }
  });
});

describe("CALENDAR_DAYS windows move by civil days", () => {
  test("risk-control unfreeze paused 8 → 10 Oct: +2 days", () => {
    const events = [
      ev("UNFREEZE_MATERIALS_SUBMITTED", "2025-10-07T22:00:00+08:00"),
      ev("INFO_REQUESTED", "2025-10-08T09:00:00+08:00"),
      ev("INFO_PROVIDED", "2025-10-10T09:00:00+08:00"),
    ];
    const d = deadlineFor(
      { kind: "ACCOUNT_RESTRICTED" },
      events,
      "2025-10-10T10:00:00+08:00",
      "restricted.risk-control-unfreeze",
    );
    expect(windowOf(d)).toEqual(["2025-10-10T15:59:59.999Z", "2025-10-12T15:59:59.999Z"]);
  });
});
