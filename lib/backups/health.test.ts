import { describe, expect, test } from "vitest";
import { backupHealth } from "./health";

const now = new Date("2026-12-07T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();

describe("backupHealth", () => {
  test("no schedule or no status: off", () => {
    expect(backupHealth(null, now)).toEqual({ kind: "off" });
    expect(backupHealth({ lastSuccessAt: hoursAgo(100) }, now)).toEqual({ kind: "off" });
  });

  test("a success within the interval and its hour of grace is ok; past it, overdue", () => {
    expect(backupHealth({ everyHours: 24, lastSuccessAt: hoursAgo(24.9) }, now).kind).toBe("ok");
    expect(backupHealth({ everyHours: 24, lastSuccessAt: hoursAgo(25.1) }, now)).toEqual({
      kind: "overdue",
      lastSuccessAt: new Date(hoursAgo(25.1)),
    });
  });

  test("before the first backup, counted from when the schedule started", () => {
    expect(backupHealth({ everyHours: 6, scheduledSince: hoursAgo(2) }, now)).toEqual({ kind: "off" });
    expect(backupHealth({ everyHours: 6, scheduledSince: hoursAgo(8) }, now)).toEqual({
      kind: "overdue",
      lastSuccessAt: null,
    });
  });

  test("a failure after the last success is shown with its sentence; a later success clears it", () => {
    const failed = { everyHours: 24, lastSuccessAt: hoursAgo(30), lastFailureAt: hoursAgo(1), lastError: "disk full" };
    expect(backupHealth(failed, now)).toEqual({ kind: "failed", at: new Date(hoursAgo(1)), detail: "disk full" });
    expect(backupHealth({ ...failed, lastSuccessAt: hoursAgo(0.5) }, now).kind).toBe("ok");
  });
});
