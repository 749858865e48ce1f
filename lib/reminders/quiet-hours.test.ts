import { describe, expect, test } from "vitest";
import { applyQuietHours, inQuietHours } from "./quiet-hours";
import { DEFAULT_PREFERENCES } from "./types";
import { minuteOfDay, nextLocalMinute } from "@/lib/cases/zoned-time";

const at = (iso: string) => new Date(iso);

describe("quiet hours", () => {
  test("22:00–08:00 wraps midnight; the end is exclusive", () => {
    const q = (iso: string) => inQuietHours(at(iso), DEFAULT_PREFERENCES);
    expect([
      q("2025-06-01T21:59:00+08:00"),
      q("2025-06-01T22:00:00+08:00"),
      q("2025-06-02T03:00:00+08:00"),
      q("2025-06-02T07:59:00+08:00"),
      q("2025-06-02T08:00:00+08:00"),
    ]).toEqual([false, true, true, true, false]);
  });

  test("a non-wrapping range and an empty one", () => {
    const lunch = { ...DEFAULT_PREFERENCES, quietStartMinute: 12 * 60, quietEndMinute: 13 * 60 };
    expect(inQuietHours(at("2025-06-01T12:30:00+08:00"), lunch)).toBe(true);
    expect(inQuietHours(at("2025-06-01T23:30:00+08:00"), lunch)).toBe(false);
    const none = { ...DEFAULT_PREFERENCES, quietStartMinute: 0, quietEndMinute: 0 };
    expect(inQuietHours(at("2025-06-01T03:00:00+08:00"), none)).toBe(false);
  });

  test("held to the end unless the deadline comes first", () => {
    const fire = at("2025-06-01T23:00:00+08:00");
    expect(applyQuietHours(fire, DEFAULT_PREFERENCES, at("2025-06-03T00:00:00+08:00")).toISOString()).toBe(
      "2025-06-02T00:00:00.000Z",
    );
    expect(applyQuietHours(fire, DEFAULT_PREFERENCES, at("2025-06-02T02:00:00+08:00")).toISOString()).toBe(
      fire.toISOString(),
    );
  });

  test("zone arithmetic across a DST change (New York, 9 March 2025)", () => {
    // 01:00 EST; the next 08:00 local is EDT (UTC-4).
    expect(nextLocalMinute(at("2025-03-09T06:00:00Z"), "America/New_York", 8 * 60).toISOString()).toBe(
      "2025-03-09T12:00:00.000Z",
    );
    expect(minuteOfDay(at("2025-03-09T12:00:00Z"), "America/New_York")).toBe(8 * 60);
  });
});
