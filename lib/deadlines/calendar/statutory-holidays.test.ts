import { describe, expect, test } from "vitest";
import { FIRST_YEAR, LAST_YEAR, lunarDatesOf } from "@/scripts/lib/lunar-dates.mjs";
import { epochDayFromCivil, formatIsoDate, parseIsoDate } from "./civil-date";
import { HOLIDAYS_CN, type HolidayYear } from "./holidays-cn";
import { LUNAR_DATES, LUNAR_DATES_FIRST_YEAR } from "./lunar-dates";
import { provisionalDaysOff, statutoryFestivals } from "./statutory-holidays";
import { WorkingDayCalendar, chinaWorkingDays } from "./working-day-calendar";

const iso = (days: readonly number[]) => days.map(formatIsoDate);
const day = (text: string) => parseIsoDate(text) ?? Number.NaN;

describe("lunar dates table (generated from tyme4ts)", () => {
  test("every year 2000–2100 re-derives to the committed row", () => {
    expect(LUNAR_DATES_FIRST_YEAR).toBe(FIRST_YEAR);
    expect(LUNAR_DATES).toHaveLength(LAST_YEAR - FIRST_YEAR + 1);
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
      expect(LUNAR_DATES[year - FIRST_YEAR], String(year)).toBe(lunarDatesOf(year));
  });
  test("2027 as checked by hand: eve 5 Feb, Qingming 5 Apr, Dragon Boat 9 Jun, Mid-Autumn 15 Sep", () => {
    expect(LUNAR_DATES[2027 - LUNAR_DATES_FIRST_YEAR]).toBe("02-05 04-05 06-09 09-15");
  });
});

describe("statutory holidays (全国年节及纪念日放假办法)", () => {
  test("2027 (2024 revision): 13 statutory days and 6 art. 6 make-up days, typed from the calendar", () => {
    expect(iso(statutoryFestivals(2027).flatMap((f) => f.days)).sort()).toEqual(
      // prettier-ignore
      ["2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05", "2027-05-01", "2027-05-02",
       "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03"],
    );
    // Weekend holidays: Sat 6 + Sun 7 Feb → Tue 9, Wed 10 Feb; Sat 1 + Sun 2 May → Mon 3, Tue 4 May;
    // Sat 2 + Sun 3 Oct → Mon 4, Tue 5 Oct.
    const makeUps = iso(provisionalDaysOff(2027)).filter(
      (d) => !iso(statutoryFestivals(2027).flatMap((f) => f.days)).includes(d),
    );
    expect(makeUps).toEqual(["2027-02-09", "2027-02-10", "2027-05-03", "2027-05-04", "2027-10-04", "2027-10-05"]);
  });
  test("the revision in force decides: 除夕 off from 2025, not in 2024; Labour Day two days from 2025", () => {
    expect(iso(statutoryFestivals(2024).find((f) => f.festival === "春节")?.days ?? [])).toEqual([
      "2024-02-10",
      "2024-02-11",
      "2024-02-12",
    ]);
    expect(iso(statutoryFestivals(2025).find((f) => f.festival === "春节")?.days ?? [])[0]).toBe("2025-01-28");
    expect(statutoryFestivals(2024).find((f) => f.festival === "劳动节")?.days).toHaveLength(1);
    expect(statutoryFestivals(2025).find((f) => f.festival === "劳动节")?.days).toHaveLength(2);
    expect(statutoryFestivals(2012).find((f) => f.festival === "春节")?.days[0]).toBe(epochDayFromCivil(2012, 1, 22));
    expect(statutoryFestivals(2005).map((f) => f.festival)).toEqual(["元旦", "春节", "劳动节", "国庆节"]);
  });
  test("a day shared by two festivals counts once (Mid-Autumn on National Day 2020)", () => {
    const off = iso(provisionalDaysOff(2020));
    expect(off.filter((d) => d.startsWith("2020-10"))).toEqual([
      "2020-10-01",
      "2020-10-02",
      "2020-10-03",
      "2020-10-05",
    ]);
  });
  // The check the fallback rests on: whatever it gives off, the real notice gave off too.
  test.each([2020, 2021, 2022, 2023, 2024, 2025, 2026])(
    "%i: the derived days (statutory and art. 6) are a subset of the published holidays",
    (year) => {
      const published = new WorkingDayCalendar(HOLIDAYS_CN);
      const notGiven = iso(provisionalDaysOff(year).filter((d) => published.dayKind(d) !== "holiday"));
      expect(notGiven).toEqual([]);
    },
  );
});

describe("the calendar with the fallback", () => {
  test("2027-01-01 is a holiday; 2027 stays unconfirmed; published years are untouched", () => {
    const calendar = chinaWorkingDays();
    expect(calendar.dayKind(day("2027-01-01"))).toBe("holiday");
    expect(calendar.isYearConfirmed(2027)).toBe(false);
    expect(calendar.dayKind(day("2024-02-09"))).toBe("weekday"); // the notice kept the eve a working day
    expect(calendar.dayKind(day("2026-02-14"))).toBe("makeup");
  });
  test("a year's notice is still one entry, and it replaces the fallback entirely", () => {
    const notice2027: HolidayYear = {
      year: 2027,
      notice: "hypothetical, for this test only",
      arrangements: [{ festival: "国庆节", off: ["2027-10-01", "2027-10-07"], work: ["2027-09-26", "2027-10-09"] }],
    };
    const calendar = new WorkingDayCalendar([...HOLIDAYS_CN, notice2027], provisionalDaysOff);
    expect(calendar.isYearConfirmed(2027)).toBe(true);
    expect(calendar.dayKind(day("2027-10-07"))).toBe("holiday");
    expect(calendar.dayKind(day("2027-10-09"))).toBe("makeup");
    expect(calendar.dayKind(day("2027-01-01"))).toBe("weekday"); // not in this (made-up) notice
    expect(calendar.dayKind(day("2028-01-03"))).toBe("holiday"); // 2028 still falls back: New Year on Sat → Mon 3 Jan
    expect(calendar.isYearConfirmed(2028)).toBe(false);
  });
});
