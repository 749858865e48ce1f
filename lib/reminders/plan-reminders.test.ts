import { describe, expect, test } from "vitest";
import { type CaseEventInput, type CaseEventType } from "@/lib/deadlines";
import { computeKindDeadlines } from "@/lib/kinds/catalog";
import { planReminders, reminderKey } from "./plan-reminders";
import { DEFAULT_PREFERENCES, type ReminderPreferences } from "./types";

const ev = (type: CaseEventType, iso: string): CaseEventInput => ({ type, occurredAt: new Date(iso) });

function plan(events: CaseEventInput[], nowIso: string, prefs: ReminderPreferences = DEFAULT_PREFERENCES) {
  const now = new Date(nowIso);
  const deadlines = computeKindDeadlines({ kind: "FRAUD" }, events, now);
  return planReminders({ caseId: "c1", deadlines }, prefs, now);
}
// The all-kinds civil limitation (3 years) also runs from discovery; these tests look at the fraud rules.
const fraudOnly = (p: ReturnType<typeof plan>) => p.reminders.filter((r) => r.ruleId.startsWith("fraud."));
const fraudKeys = (p: ReturnType<typeof plan>) => [...p.validKeys].filter((k) => k.includes(":fraud."));
const rows = (p: ReturnType<typeof plan>) =>
  fraudOnly(p).map((r) => [r.ruleId, r.offsetHours, r.fireAt.toISOString(), r.sendAt.toISOString()]);

describe("planReminders", () => {
  test("72/24/2/0 h before a user obligation; quiet hours 22:00–08:00 Beijing hold the 24 h one to 08:00", () => {
    // Discovered 23:00 Beijing on 27 Jan → police report due 23:00 Beijing on 29 Jan (48 h).
    const p = plan([ev("FRAUD_DISCOVERED", "2025-01-27T23:00:00+08:00")], "2025-01-27T15:30:00Z");
    expect(rows(p)).toEqual([
      // 24 h before = 23:00 Beijing (quiet) → 08:00 Beijing on the 29th, well before the deadline.
      ["fraud.police-report", 24, "2025-01-28T15:00:00.000Z", "2025-01-29T00:00:00.000Z"],
      ["fraud.police-report", 2, "2025-01-29T13:00:00.000Z", "2025-01-29T13:00:00.000Z"],
      // At the deadline (23:00, quiet): holding it would pass the deadline, so it is not held.
      ["fraud.police-report", 0, "2025-01-29T15:00:00.000Z", "2025-01-29T15:00:00.000Z"],
    ]);
    expect(p.reminders[0]?.idempotencyKey).toBe("c1:fraud.police-report:24h:2025-01-29T15:00:00.000Z");
    expect(p.reminders[0]?.label["zh-CN"]).toContain("向公安机关报案");
  });

  test("a 2 h reminder for a 02:00 deadline is not held to 08:00; the 24 h one is", () => {
    const p = plan([ev("FRAUD_DISCOVERED", "2025-03-10T02:00:00+08:00")], "2025-03-09T18:00:00Z");
    expect(rows(p)).toEqual([
      ["fraud.police-report", 24, "2025-03-10T18:00:00.000Z", "2025-03-11T00:00:00.000Z"],
      ["fraud.police-report", 2, "2025-03-11T16:00:00.000Z", "2025-03-11T16:00:00.000Z"],
      ["fraud.police-report", 0, "2025-03-11T18:00:00.000Z", "2025-03-11T18:00:00.000Z"],
    ]);
  });

  test("quiet hours are read in the user's zone", () => {
    // 23:00 Beijing is 16:00 in Berlin (winter): not quiet there.
    const p = plan([ev("FRAUD_DISCOVERED", "2025-01-27T23:00:00+08:00")], "2025-01-27T15:30:00Z", {
      ...DEFAULT_PREFERENCES,
      timeZone: "Europe/Berlin",
    });
    expect(p.reminders[0]?.sendAt.toISOString()).toBe("2025-01-28T15:00:00.000Z");
  });

  test("offsets filter: only the chosen ones; email off → nothing", () => {
    const events = [ev("FRAUD_DISCOVERED", "2025-01-27T23:00:00+08:00")];
    const only2 = plan(events, "2025-01-27T15:30:00Z", { ...DEFAULT_PREFERENCES, offsetsHours: [2] });
    expect(fraudOnly(only2).map((r) => r.offsetHours)).toEqual([2]);
    expect(fraudKeys(only2)).toEqual(["c1:fraud.police-report:2h:2025-01-29T15:00:00.000Z"]);
    const off = plan(events, "2025-01-27T15:30:00Z", { ...DEFAULT_PREFERENCES, emailEnabled: false });
    expect([off.reminders.length, off.validKeys.size]).toEqual([0, 0]);
  });

  test("a case opened 1 h before the deadline: the missed 2 h warning goes out now, the 24 h one is not repeated", () => {
    const events = [ev("FRAUD_DISCOVERED", "2025-01-27T23:00:00+08:00")];
    const later = plan(events, "2025-01-29T14:00:00Z"); // 1 h before the deadline (22:00 Beijing: quiet)
    expect(rows(later)).toEqual([
      // Its deadline (23:00) falls inside quiet hours, so the quiet hours do not hold it.
      ["fraud.police-report", 2, "2025-01-29T13:00:00.000Z", "2025-01-29T14:00:00.000Z"],
      ["fraud.police-report", 0, "2025-01-29T15:00:00.000Z", "2025-01-29T15:00:00.000Z"],
    ]);
    expect(fraudKeys(later)).toHaveLength(3);
  });

  test("opened 46.5 h after discovery (afternoon): the 2 h warning is due at once, not dropped", () => {
    // Discovered 10:00 Beijing on 3 Mar → due 10:00 on 5 Mar; opened 07:30 on 5 Mar, in quiet hours:
    // the missed 24 h warning waits for their end (08:00), since the deadline (10:00) is after it.
    const quiet = plan([ev("FRAUD_DISCOVERED", "2025-03-03T10:00:00+08:00")], "2025-03-04T23:30:00Z");
    expect(rows(quiet)[0]).toEqual(["fraud.police-report", 24, "2025-03-04T02:00:00.000Z", "2025-03-05T00:00:00.000Z"]);
    // Due 07:00 on 5 Mar (inside quiet hours), opened 05:45: the quiet hours never hold it.
    const inside = plan([ev("FRAUD_DISCOVERED", "2025-03-03T07:00:00+08:00")], "2025-03-04T21:45:00Z");
    expect(rows(inside)[0]).toEqual(["fraud.police-report", 2, "2025-03-04T21:00:00.000Z", "2025-03-04T21:45:00.000Z"]);
    // Discovered 14:00 → due 14:00 on 5 Mar. Opened 46.5 h later (12:30): the 2 h warning is due now.
    const events = [ev("FRAUD_DISCOVERED", "2025-03-03T14:00:00+08:00")];
    expect(rows(plan(events, "2025-03-05T04:30:00Z"))).toEqual([
      ["fraud.police-report", 2, "2025-03-05T04:00:00.000Z", "2025-03-05T04:00:00.000Z"],
      ["fraud.police-report", 0, "2025-03-05T06:00:00.000Z", "2025-03-05T06:00:00.000Z"],
    ]);
    // Opened 1 h 29 min before (issue 22's case, past the 30-minute grace): sent at once, not dropped.
    expect(rows(plan(events, "2025-03-05T04:31:00Z"))).toEqual([
      ["fraud.police-report", 2, "2025-03-05T04:00:00.000Z", "2025-03-05T04:31:00.000Z"],
      ["fraud.police-report", 0, "2025-03-05T06:00:00.000Z", "2025-03-05T06:00:00.000Z"],
    ]);
  });

  test("opened 30 h after discovery: the 24 h warning is sent now; a deadline already past gets nothing", () => {
    const events = [ev("FRAUD_DISCOVERED", "2025-03-03T14:00:00+08:00")];
    const p = plan(events, "2025-03-04T12:00:00Z"); // 20:00 Beijing on 4 Mar, 18 h left
    expect(rows(p).map((r) => [r[1], r[3]])).toEqual([
      [24, "2025-03-04T12:00:00.000Z"],
      [2, "2025-03-05T04:00:00.000Z"],
      [0, "2025-03-05T06:00:00.000Z"],
    ]);
    const past = plan(events, "2025-03-05T07:00:00Z"); // 1 h after the deadline
    expect(fraudOnly(past)).toEqual([]);
  });

  test("meeting the obligation empties the plan (its scheduled rows get cancelled)", () => {
    const p = plan(
      [ev("FRAUD_DISCOVERED", "2025-01-27T23:00:00+08:00"), ev("POLICE_REPORTED", "2025-01-28T09:00:00+08:00")],
      "2025-01-28T02:00:00Z",
    );
    expect([fraudOnly(p).length, fraudKeys(p).length]).toEqual([0, 0]);
    expect(p.reminders.length).toBeGreaterThan(0); // the limitation period still runs
  });

  test("a counterparty window that lapses unanswered: one 'no answer' reminder, held past quiet hours", () => {
    // Filed Tue 4 Mar 2025 → 15 working days → lapses at the end of Tue 25 Mar (23:59:59.999 Beijing).
    const p = plan([ev("PLATFORM_REPORT_FILED", "2025-03-04T10:00:00+08:00")], "2025-03-04T03:00:00Z");
    const lapsed = p.reminders.filter((r) => r.kind === "COUNTERPARTY_LAPSED");
    expect(lapsed.map((r) => [r.ruleId, r.dueAt.toISOString(), r.sendAt.toISOString()])).toEqual([
      ["fraud.platform-report-review", "2025-03-25T15:59:59.999Z", "2025-03-26T00:00:00.000Z"],
    ]);
    expect(lapsed[0]?.idempotencyKey).toBe(
      reminderKey("c1", "fraud.platform-report-review", "lapsed", lapsed[0]!.dueAt),
    );
    const answered = plan(
      [
        ev("PLATFORM_REPORT_FILED", "2025-03-04T10:00:00+08:00"),
        ev("PLATFORM_REPORT_ANSWERED", "2025-03-10T10:00:00+08:00"),
      ],
      "2025-03-10T03:00:00Z",
    );
    expect(answered.reminders.filter((r) => r.kind === "COUNTERPARTY_LAPSED")).toEqual([]);
  });

  test("a paused counterparty window gets no reminder until it resumes", () => {
    const p = plan(
      [ev("PLATFORM_REPORT_FILED", "2025-03-04T10:00:00+08:00"), ev("INFO_REQUESTED", "2025-03-06T10:00:00+08:00")],
      "2025-03-07T03:00:00Z",
    );
    expect(p.reminders.filter((r) => r.kind === "COUNTERPARTY_LAPSED")).toEqual([]);
  });
});
