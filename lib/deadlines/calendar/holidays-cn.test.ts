import { describe, expect, test } from "vitest";
import { HOLIDAYS_CN, type HolidayYear } from "./holidays-cn";
import { epochDayFromCivil } from "./civil-date";
import { WorkingDayCalendar } from "./working-day-calendar";
import { holidaysConfirmed, isWorkingDay } from "./working-days";

// Every date below is typed from deadline-rules.md, not derived from the table,
// and grouped by festival as the notices print them (hence prettier-ignore).
// prettier-ignore
const OFF_2025 = [
  "2025-01-01",
  "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04",
  "2025-04-04", "2025-04-05", "2025-04-06",
  "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05",
  "2025-05-31", "2025-06-01", "2025-06-02",
  "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08",
];
const WORK_2025 = ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"];
// prettier-ignore
const OFF_2026 = [
  "2026-01-01", "2026-01-02", "2026-01-03",
  "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23",
  "2026-04-04", "2026-04-05", "2026-04-06",
  "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
  "2026-06-19", "2026-06-20", "2026-06-21",
  "2026-09-25", "2026-09-26", "2026-09-27",
  "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07",
];
const WORK_2026 = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"];

describe("2025 and 2026 schedules (deadline-rules.md)", () => {
  test.each([...OFF_2025, ...OFF_2026])("%s is a day off", (day) => {
    expect(isWorkingDay(day)).toBe(false);
  });
  test.each([...WORK_2025, ...WORK_2026])("%s is a make-up working day", (day) => {
    expect(isWorkingDay(day)).toBe(true);
  });
  test.each(["2025-03-08", "2025-03-09", "2025-10-12", "2026-03-07", "2026-03-08", "2026-10-11"])(
    "ordinary weekend %s is off",
    (day) => expect(isWorkingDay(day)).toBe(false),
  );
  test.each(["2025-03-10", "2025-10-09", "2025-12-31", "2026-01-05", "2026-02-24", "2026-10-08"])(
    "ordinary weekday %s works",
    (day) => expect(isWorkingDay(day)).toBe(true),
  );
  test("the table holds exactly these days off and make-up days for 2025 and 2026", () => {
    const listed = (year: number, pick: "off" | "work") =>
      HOLIDAYS_CN.filter((y) => y.year === year).flatMap((y) =>
        y.arrangements.flatMap((a) => (pick === "work" ? [...(a.work ?? [])] : [a.off[0], a.off[1]])),
      );
    expect(listed(2025, "work").sort()).toEqual([...WORK_2025].sort());
    expect(listed(2026, "work").sort()).toEqual([...WORK_2026].sort());
    expect(listed(2026, "off")).toContain("2026-02-23");
  });
});

describe("traps in earlier years", () => {
  test("2020 Spring Festival extension: 31 Jan – 2 Feb off, Sat 1 Feb no longer a make-up day, 3 Feb works", () => {
    for (const day of ["2020-01-24", "2020-01-30", "2020-01-31", "2020-02-01", "2020-02-02"]) {
      expect(isWorkingDay(day), day).toBe(false);
    }
    expect(isWorkingDay("2020-02-03")).toBe(true);
    expect(isWorkingDay("2020-01-19")).toBe(true); // Sun make-up day, before the extension
  });
  test("2023 New Year break starts 2022-12-31 and 2023-01-03 works", () => {
    expect(isWorkingDay("2022-12-31")).toBe(false);
    expect(isWorkingDay("2023-01-02")).toBe(false);
    expect(isWorkingDay("2023-01-03")).toBe(true);
    expect(isWorkingDay("2023-01-28")).toBe(true);
  });
  test("2024: the Spring Festival eve was encouraged, not given; Sun 18 Feb works; leap day works", () => {
    expect(isWorkingDay("2024-02-09")).toBe(true);
    expect(isWorkingDay("2024-02-10")).toBe(false);
    expect(isWorkingDay("2024-02-18")).toBe(true);
    expect(isWorkingDay("2024-02-29")).toBe(true);
  });
  test.each(["2021-09-18", "2022-04-02", "2022-10-08", "2022-10-09", "2023-10-07", "2024-10-12"])(
    "make-up day %s works",
    (day) => expect(isWorkingDay(day)).toBe(true),
  );
  test.each(["2021-02-17", "2022-01-31", "2022-09-12", "2023-04-05", "2023-09-29", "2024-06-10"])(
    "holiday %s is off",
    (day) => expect(isWorkingDay(day)).toBe(false),
  );
});

describe("table shape", () => {
  test("2020–2026 are confirmed, each citing its State Council notice; other years are not", () => {
    for (let year = 2020; year <= 2026; year++) expect(holidaysConfirmed(year), String(year)).toBe(true);
    for (const year of [2019, 2027, 2035]) expect(holidaysConfirmed(year)).toBe(false);
    for (const entry of HOLIDAYS_CN)
      expect(entry.notice).toMatch(/国务院办公厅关于\d{4}年部分节假日安排的通知 国办发明电〔\d{4}〕\d+号/);
  });
  test("days off per year match the official totals (30, 31, 31, 27, 28, 28, 33)", () => {
    const calendar = new WorkingDayCalendar(HOLIDAYS_CN);
    const counts = HOLIDAYS_CN.map((entry) => {
      const days = entry.arrangements.flatMap((a) => [a.off[0], a.off[1]]);
      const first = Math.min(...days.map((d) => Date.parse(d) / 86_400_000));
      const last = Math.max(...days.map((d) => Date.parse(d) / 86_400_000));
      return calendar.specialDaysIn(first, last).holidays.length;
    });
    expect(counts).toEqual([30, 31, 31, 27, 28, 28, 33]);
  });
  test("adding a year is one appended entry", () => {
    const year2027: HolidayYear = {
      year: 2027,
      notice: "hypothetical, for this test only",
      arrangements: [{ festival: "元旦", off: ["2027-01-01", "2027-01-03"], work: ["2027-01-09"] }],
    };
    const calendar = new WorkingDayCalendar([...HOLIDAYS_CN, year2027]);
    expect(calendar.isYearConfirmed(2027)).toBe(true);
    expect(calendar.isWorkingDay(epochDayFromCivil(2027, 1, 1))).toBe(false);
    expect(calendar.isWorkingDay(epochDayFromCivil(2027, 1, 9))).toBe(true);
  });
  test("refuses data that cannot be right", () => {
    const weekdayMakeup: HolidayYear = {
      year: 2030,
      notice: "x",
      arrangements: [{ festival: "x", off: ["2030-01-01", "2030-01-01"], work: ["2030-01-07"] }],
    };
    const twice: HolidayYear = {
      year: 2030,
      notice: "x",
      arrangements: [
        { festival: "x", off: ["2030-01-01", "2030-01-02"] },
        { festival: "y", off: ["2030-01-02", "2030-01-02"] },
      ],
    };
    const invalid: HolidayYear = {
      year: 2030,
      notice: "x",
      arrangements: [{ festival: "x", off: ["2030-02-30", "2030-03-01"] }],
    };
    expect(() => new WorkingDayCalendar([weekdayMakeup])).toThrow(/not a weekend/);
    expect(() => new WorkingDayCalendar([twice])).toThrow(/twice/);
    expect(() => new WorkingDayCalendar([invalid])).toThrow(/invalid date/);
  });
});
