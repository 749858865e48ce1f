import { describe, expect, test } from "vitest";
import { instantToWallTime, instantToWallTimeExact, isValidTimeZone, wallTimeToInstant } from "./zoned-time";

describe("wall time in the user's zone", () => {
  test("Beijing wall time is UTC+8, across midnight", () => {
    expect(wallTimeToInstant("2026-11-30T07:30", "Asia/Shanghai")?.toISOString()).toBe("2026-11-29T23:30:00.000Z");
    expect(instantToWallTime(new Date("2026-11-29T23:30:00Z"), "Asia/Shanghai")).toBe("2026-11-30T07:30");
  });

  test("another zone with daylight saving round-trips", () => {
    const instant = wallTimeToInstant("2026-07-01T09:00", "Europe/Berlin");
    expect(instant?.toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(instantToWallTime(instant!, "Europe/Berlin")).toBe("2026-07-01T09:00");
  });

  test("refuses what is not a time", () => {
    for (const bad of ["2026-02-30T10:00", "2026-11-29 10:00 PM", "2026-11-29T24:00", "", "yesterday"]) {
      expect(wallTimeToInstant(bad, "Asia/Shanghai")).toBeNull();
    }
    // Typed text reads as its canonical form (lib/forms/wall-time-text.ts).
    expect(wallTimeToInstant("2026-11-29 10:00", "Asia/Shanghai")?.toISOString()).toBe("2026-11-29T02:00:00.000Z");
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("seconds, as a bill gives them", () => {
  test("a wall time with seconds round-trips; a whole minute stays without them", () => {
    const instant = wallTimeToInstant("2019-09-26T12:45:27", "Asia/Shanghai");
    expect(instant?.toISOString()).toBe("2019-09-26T04:45:27.000Z");
    expect(instantToWallTimeExact(instant!, "Asia/Shanghai")).toBe("2019-09-26T12:45:27");
    expect(instantToWallTimeExact(new Date("2026-11-29T23:30:00Z"), "Asia/Shanghai")).toBe("2026-11-30T07:30");
    expect(instantToWallTime(instant!, "Asia/Shanghai")).toBe("2019-09-26T12:45");
    expect(wallTimeToInstant("2019-09-26T12:45:60", "Asia/Shanghai")).toBeNull();
    expect(wallTimeToInstant("2019-09-26T12:45:7", "Asia/Shanghai")).toBeNull();
  });
});
