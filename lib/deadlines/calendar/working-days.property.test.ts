import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { steppingAddWorkingDays, steppingCountWorkingDays, steppingIsWorkingDay } from "./stepping-baseline";
import { addWorkingDays } from "./working-days";
import { chinaWorkingDays } from "./working-day-calendar";
import { beijingEpochDay, epochDayFromCivil } from "./civil-date";

const FROM = Date.parse("2019-01-01T00:00:00+08:00");
const TO = Date.parse("2028-12-31T23:59:59.999+08:00");
const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
const n = fc.integer({ min: 1, max: 400 });
const beijingDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

describe("fast working-day arithmetic vs day-by-day stepping (oracle)", () => {
  test("same result for random instants in 2019–2028 and n in 1..400", () => {
    fc.assert(
      fc.property(instant, n, (from, k) => {
        expect(addWorkingDays(from, k).toISOString()).toBe(steppingAddWorkingDays(from, k).toISOString());
      }),
      { numRuns: 3000 },
    );
  });
  test("results land on working days, at 23:59:59.999 Beijing", () => {
    fc.assert(
      fc.property(instant, n, (from, k) => {
        const due = addWorkingDays(from, k);
        expect(steppingIsWorkingDay(beijingDate(due))).toBe(true);
        expect(due.toISOString().slice(11)).toBe("15:59:59.999Z");
      }),
    );
  });
  test("monotonic in n", () => {
    fc.assert(
      fc.property(instant, n, (from, k) => {
        expect(addWorkingDays(from, k + 1).getTime()).toBeGreaterThan(addWorkingDays(from, k).getTime());
      }),
    );
  });
  test("exactly n working days lie in (trigger date, due date]", () => {
    fc.assert(
      fc.property(instant, n, (from, k) => {
        expect(steppingCountWorkingDays(beijingDate(from), beijingDate(addWorkingDays(from, k)))).toBe(k);
      }),
    );
  });
  test("countWorkingDays agrees with stepping over arbitrary spans, inside and outside the table", () => {
    const calendar = chinaWorkingDays();
    const base = epochDayFromCivil(2000, 1, 1);
    const day = fc.integer({ min: base, max: epochDayFromCivil(2040, 12, 31) });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 900 }), (start, length) => {
        const from = new Date((start - 1) * 86_400_000).toISOString().slice(0, 10);
        const to = new Date((start + length - 1) * 86_400_000).toISOString().slice(0, 10);
        expect(calendar.countWorkingDays(start, start + length)).toBe(steppingCountWorkingDays(from, to));
      }),
      { numRuns: 500 },
    );
  });
  test("beijingEpochDay is UTC+8 with no DST", () => {
    fc.assert(
      fc.property(instant, (from) => {
        expect(beijingEpochDay(from)).toBe(Date.parse(`${beijingDate(from)}T00:00:00Z`) / 86_400_000);
      }),
    );
  });
});
