import { describe, expect, test } from "vitest";
import { dayBounds } from "./day-bounds";

describe("dayBounds", () => {
  test("today ends at Beijing midnight, not UTC midnight", () => {
    // 2026-11-29 23:30 Beijing = 15:30 UTC
    const { endOfToday, endOfWeek } = dayBounds(new Date("2026-11-29T15:30:00Z"), "Asia/Shanghai");
    expect(endOfToday.toISOString()).toBe("2026-11-29T15:59:59.999Z");
    expect(endOfWeek.toISOString()).toBe("2026-12-05T15:59:59.999Z");
  });

  test("just after Beijing midnight is already the next day", () => {
    const { endOfToday } = dayBounds(new Date("2026-11-29T16:00:00Z"), "Asia/Shanghai");
    expect(endOfToday.toISOString()).toBe("2026-11-30T15:59:59.999Z");
  });

  test("another zone counts its own days", () => {
    const { endOfToday } = dayBounds(new Date("2026-11-29T15:30:00Z"), "Europe/Berlin");
    expect(endOfToday.toISOString()).toBe("2026-11-29T22:59:59.999Z");
  });
});
