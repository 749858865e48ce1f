import { describe, expect, test } from "vitest";
import { steppingAddWorkingDays } from "./calendar/stepping-baseline";
import { countDaysFrom } from "./count-days";

const filed = new Date("2025-09-30T18:00:00+08:00");

describe("countDaysFrom", () => {
  test("working days agree with the stepping oracle and explain the holidays", () => {
    const result = countDaysFrom(filed, "WORKING_DAYS", 7);
    expect(result.latest.toISOString()).toBe(steppingAddWorkingDays(filed, 7).toISOString());
    expect(result.earliest).toEqual(result.latest);
    expect(result.derivation.en).toContain("1–8 Oct are holidays");
    expect(result.derivation["zh-CN"]).toContain("调休上班");
  });

  test("calendar days end at the end of the n-th Beijing civil day", () => {
    expect(countDaysFrom(filed, "CALENDAR_DAYS", 7).latest.toISOString()).toBe("2025-10-07T15:59:59.999Z");
  });

  test.each([0, -1, 1.5, Number.NaN, 1001])("refuses n = %s", (n) => {
    expect(() => countDaysFrom(filed, "WORKING_DAYS", n)).toThrow(RangeError);
  });

  test("refuses a start outside the supported years", () => {
    expect(() => countDaysFrom(new Date("1900-01-01T00:00:00Z"), "CALENDAR_DAYS", 3)).toThrow(RangeError);
  });
});
