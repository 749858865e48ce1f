import { describe, expect, test } from "vitest";
import { formatDateTime, formatDay, formatIsoDay } from "./format-date";

const at = new Date("2026-01-09T15:59:00Z"); // 23:59 on Fri 9 Jan 2026 in Beijing

describe("one date format per language, 24-hour in both", () => {
  test("zh-CN and en, with and without the weekday", () => {
    expect(formatDateTime(at, "zh-CN", "Asia/Shanghai")).toBe("2026年1月9日 23:59");
    expect(formatDateTime(at, "zh-CN", "Asia/Shanghai", { weekday: true })).toBe("2026年1月9日 周五 23:59");
    expect(formatDateTime(at, "en", "Asia/Shanghai")).toBe("9 Jan 2026 23:59");
    expect(formatDateTime(at, "en", "Asia/Shanghai", { weekday: true })).toBe("Fri 9 Jan 2026 23:59");
    // A bill's rows are told apart to the second.
    const billRow = new Date("2019-09-26T04:45:07Z");
    expect(formatDateTime(billRow, "zh-CN", "Asia/Shanghai", { seconds: true })).toBe("2019年9月26日 12:45:07");
    expect(formatDateTime(billRow, "en", "Asia/Shanghai", { seconds: true })).toBe("26 Sep 2019 12:45:07");
    expect(formatDay(at, "en", "Asia/Shanghai", { weekday: true })).toBe("Fri 9 Jan 2026");
    expect(formatDay(at, "zh-CN", "Asia/Shanghai")).toBe("2026年1月9日");
  });

  test("read in the zone given: the same instant is another day and hour in New York", () => {
    expect(formatDateTime(at, "en", "America/New_York", { weekday: true })).toBe("Fri 9 Jan 2026 10:59");
    expect(formatDateTime(new Date("2026-01-09T16:00:00Z"), "zh-CN", "Asia/Shanghai")).toBe("2026年1月10日 00:00");
  });

  test("no AM/PM, whatever the runtime's default locale", () => {
    const evening = new Date("2026-11-29T14:00:00Z"); // 22:00 Beijing
    expect(formatDateTime(evening, "en", "Asia/Shanghai")).toBe("29 Nov 2026 22:00");
    expect(formatDateTime(evening, "en", "Asia/Shanghai")).not.toMatch(/[AP]M/);
  });

  test("a stored calendar date", () => {
    expect(formatIsoDay("2026-03-05", "zh-CN")).toBe("2026年3月5日");
    expect(formatIsoDay("2026-03-05", "en")).toBe("5 Mar 2026");
  });
});
