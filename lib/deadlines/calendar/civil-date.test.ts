import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addCalendarSpan } from "./calendar-span";
import {
  beijingEpochDay,
  civilFromEpochDay,
  endOfBeijingDay,
  epochDayFromCivil,
  formatIsoDate,
  isoWeekday,
  parseIsoDate,
} from "./civil-date";

describe("epoch days", () => {
  test("agree with Date.UTC for any date 1900–2200", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2200, 0, 1) / 86_400_000 }),
        (day) => {
          const d = new Date(day * 86_400_000);
          expect(civilFromEpochDay(day)).toEqual({
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate(),
          });
          expect(epochDayFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(day);
          expect(isoWeekday(day)).toBe(d.getUTCDay() === 0 ? 7 : d.getUTCDay());
        },
      ),
    );
  });
  test("parseIsoDate is strict", () => {
    expect(parseIsoDate("2024-02-29")).toBe(epochDayFromCivil(2024, 2, 29));
    expect(parseIsoDate("2025-02-29")).toBeNull();
    expect(parseIsoDate("2025-04-31")).toBeNull();
    expect(parseIsoDate(" 2025-04-01")).toBeNull();
    expect(formatIsoDate(epochDayFromCivil(2025, 4, 1))).toBe("2025-04-01");
  });
  test("Beijing civil date of instants near midnight", () => {
    const sep30 = epochDayFromCivil(2025, 9, 30);
    expect(beijingEpochDay(new Date("2025-09-30T15:59:59.999Z"))).toBe(sep30);
    expect(beijingEpochDay(new Date("2025-09-30T16:00:00Z"))).toBe(sep30 + 1);
    expect(beijingEpochDay(new Date("2025-09-30T07:59:59.999-08:00"))).toBe(sep30);
    expect(beijingEpochDay(new Date("2025-09-30T08:00:00-08:00"))).toBe(sep30 + 1);
    expect(endOfBeijingDay(sep30).toISOString()).toBe("2025-09-30T15:59:59.999Z");
  });
});

describe("calendar spans", () => {
  const day = (y: number, m: number, d: number) => epochDayFromCivil(y, m, d);
  test("N years = same month and day; 29 Feb → 28 Feb in a non-leap year", () => {
    expect(addCalendarSpan(day(2025, 6, 15), { years: 3 })).toEqual({ day: day(2028, 6, 15), clampedLeapDay: false });
    expect(addCalendarSpan(day(2024, 2, 29), { years: 2 })).toEqual({ day: day(2026, 2, 28), clampedLeapDay: true });
    expect(addCalendarSpan(day(2024, 2, 29), { years: 4 })).toEqual({ day: day(2028, 2, 29), clampedLeapDay: false });
  });
  test("3 years − 30 days", () => {
    expect(addCalendarSpan(day(2025, 3, 31), { years: 3, days: -30 }).day).toBe(day(2028, 3, 1));
    expect(addCalendarSpan(day(2025, 9, 30), { years: 3, days: -30 }).day).toBe(day(2028, 8, 31));
  });
});
