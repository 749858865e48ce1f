import { describe, expect, test } from "vitest";
import { steppingAddWorkingDays } from "./stepping-baseline";
import { addCalendarDays, addWorkingDays, isWorkingDay } from "./working-days";

const iso = (d: Date) => d.toISOString();

describe("addWorkingDays", () => {
  test("worked example: 7 working days from 30 Sep 2025 18:00 Beijing → end of 16 Oct", () => {
    expect(iso(addWorkingDays(new Date("2025-09-30T18:00:00+08:00"), 7))).toBe("2025-10-16T15:59:59.999Z");
  });
  test("15 working days from the same instant → end of 28 Oct (checked against the table by hand)", () => {
    expect(iso(addWorkingDays(new Date("2025-09-30T18:00:00+08:00"), 15))).toBe("2025-10-28T15:59:59.999Z");
  });
  test.each(["2025-09-30T18:00:00+08:00", "2025-09-30T10:00:00Z", "2025-09-30T02:00:00-08:00"])(
    "the same instant written as %s gives the same answer",
    (text) => expect(iso(addWorkingDays(new Date(text), 7))).toBe("2025-10-16T15:59:59.999Z"),
  );
  test("near Beijing midnight: 15:59:59.999Z is still the earlier day, 16:00Z the next", () => {
    expect(iso(addWorkingDays(new Date("2025-10-09T15:59:59.999Z"), 1))).toBe("2025-10-10T15:59:59.999Z");
    expect(iso(addWorkingDays(new Date("2025-10-09T16:00:00Z"), 1))).toBe("2025-10-11T15:59:59.999Z");
    expect(iso(addWorkingDays(new Date("2025-10-09T08:00:00-08:00"), 1))).toBe("2025-10-11T15:59:59.999Z");
    expect(iso(addWorkingDays(new Date("2025-10-09T07:59:59.999-08:00"), 1))).toBe("2025-10-10T15:59:59.999Z");
  });
  test("across the year boundary into the 2026 New Year break (make-up Sun 4 Jan)", () => {
    expect(iso(addWorkingDays(new Date("2025-12-31T09:00:00+08:00"), 1))).toBe("2026-01-04T15:59:59.999Z");
    expect(iso(addWorkingDays(new Date("2025-12-31T09:00:00+08:00"), 2))).toBe("2026-01-05T15:59:59.999Z");
    expect(iso(addWorkingDays(new Date("2025-12-30T09:00:00+08:00"), 2))).toBe("2026-01-04T15:59:59.999Z");
  });
  test("leap day 2024-02-29 is a working day", () => {
    expect(iso(addWorkingDays(new Date("2024-02-28T12:00:00+08:00"), 1))).toBe("2024-02-29T15:59:59.999Z");
    expect(iso(addWorkingDays(new Date("2024-02-29T12:00:00+08:00"), 1))).toBe("2024-03-01T15:59:59.999Z");
  });
  test("Spring Festival 2025: make-up Sun 26 Jan and Sat 8 Feb count", () => {
    // From Fri 24 Jan: 26 Jan (1), 27 Jan (2), 5 Feb (3) … 8 Feb (6), 10 Feb (7).
    expect(iso(addWorkingDays(new Date("2025-01-24T10:00:00+08:00"), 7))).toBe("2025-02-10T15:59:59.999Z");
  });
  test("unpublished 2027 falls back to the statutory holidays, not to Monday–Friday", () => {
    expect(isWorkingDay("2027-01-01")).toBe(false); // New Year's Day, a Friday
    expect(isWorkingDay("2027-10-01")).toBe(false); // National Day, a Friday
    expect(isWorkingDay("2027-10-04")).toBe(false); // art. 6: Sat 2 Oct made up on Mon 4
    expect(iso(addWorkingDays(new Date("2027-09-30T10:00:00+08:00"), 1))).toBe("2027-10-06T15:59:59.999Z");
  });
  test("outside the table (2035, 2001): weekdays away from the festivals", () => {
    expect(iso(addWorkingDays(new Date("2035-06-01T10:00:00+08:00"), 1))).toBe("2035-06-04T15:59:59.999Z");
    expect(iso(addWorkingDays(new Date("2001-01-05T10:00:00+08:00"), 5))).toBe("2001-01-12T15:59:59.999Z");
  });
  test("large n crossing the table's edges agrees with day-by-day stepping", () => {
    for (const [from, n] of [
      ["2025-01-01T00:00:00+08:00", 800],
      ["2017-06-01T00:00:00+08:00", 900],
      ["2018-12-31T00:00:00+08:00", 2000],
      ["2026-11-30T00:00:00+08:00", 45],
    ] as const) {
      expect(iso(addWorkingDays(new Date(from), n)), `${from} + ${n}`).toBe(
        iso(steppingAddWorkingDays(new Date(from), n)),
      );
    }
  });
  test.each([0, -1, 1.5, Number.NaN, 100_001])("n = %s is a RangeError", (n) => {
    expect(() => addWorkingDays(new Date("2025-09-30T18:00:00+08:00"), n)).toThrow(RangeError);
  });
  test.each(["1900-06-01T00:00:00Z", "1999-12-31T15:59:59.999Z", "2101-01-01T00:00:00+08:00", "not a date"])(
    "instant %s is a RangeError, never a wrong date",
    (text) => expect(() => addWorkingDays(new Date(text), 1)).toThrow(RangeError),
  );
  test("the first and last supported Beijing dates are accepted", () => {
    expect(() => addWorkingDays(new Date("1999-12-31T16:00:00Z"), 1)).not.toThrow();
    expect(() => addWorkingDays(new Date("2100-12-31T23:59:59+08:00"), 1)).not.toThrow();
  });
});

describe("addCalendarDays", () => {
  test("end of the n-th civil day after the Beijing date, holidays irrelevant", () => {
    expect(iso(addCalendarDays(new Date("2025-05-30T20:00:00+08:00"), 7))).toBe("2025-06-06T15:59:59.999Z");
    expect(iso(addCalendarDays(new Date("2025-09-30T16:30:00Z"), 1))).toBe("2025-10-02T15:59:59.999Z");
    expect(iso(addCalendarDays(new Date("2024-02-28T12:00:00+08:00"), 1))).toBe("2024-02-29T15:59:59.999Z");
    expect(iso(addCalendarDays(new Date("2025-12-31T12:00:00+08:00"), 0))).toBe("2025-12-31T15:59:59.999Z");
  });
  test("bad input is a RangeError", () => {
    expect(() => addCalendarDays(new Date("2025-01-01T00:00:00Z"), -1)).toThrow(RangeError);
    expect(() => addCalendarDays(new Date(Number.NaN), 1)).toThrow(RangeError);
    expect(() => addCalendarDays(new Date("1900-01-01T00:00:00Z"), 1)).toThrow(RangeError);
  });
});

describe("isWorkingDay input", () => {
  test.each(["2025-02-30", "abc", "2025-2-3", "2025-13-01", "", "2025-10-01T00:00"])("%j is a RangeError", (text) => {
    expect(() => isWorkingDay(text)).toThrow(/not a valid YYYY-MM-DD date/);
  });
  test("a real date outside 2000–2100 is a RangeError", () => {
    expect(() => isWorkingDay("1900-01-01")).toThrow(/outside the supported range/);
    expect(() => isWorkingDay("2101-01-03")).toThrow(RangeError);
  });
});
