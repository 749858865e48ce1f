import { describe, expect, test } from "vitest";
import { active, deadlineFor, ev } from "../test-utils";
import { compressDays, enRange, zhRange } from "./format-dates";
import { epochDayFromCivil } from "../calendar/civil-date";
import { chinaWorkingDays } from "../calendar/working-day-calendar";
import { workingDaysWindow } from "../clocks/working-days-window";

describe("derivations", () => {
  test("the brief's example: 7 working days from 30 Sep 2025", () => {
    const w = workingDaysWindow(chinaWorkingDays(), new Date("2025-09-30T18:00:00+08:00"), 7, 7, []);
    expect(w.latest.toISOString()).toBe("2025-10-16T15:59:59.999Z");
    expect(w.derivation.en).toBe(
      "7 working days from 30 Sep 2025; 1–8 Oct are holidays; Sat 11 Oct is a make-up working day → 16 Oct 2025",
    );
    expect(w.derivation["zh-CN"]).toBe(
      "自2025年9月30日起7个工作日；10月1日至8日为法定节假日；10月11日（周六）调休上班 → 2025年10月16日",
    );
  });
  test("the 7-working-day example in both languages", () => {
    const d = active(
      deadlineFor(
        { kind: "FRAUD" },
        [ev("PLATFORM_REPORT_FILED", "2025-09-30T18:00:00+08:00")],
        "2025-10-01T00:00:00Z",
        "fraud.platform-report-review",
      ),
    );
    expect(d.derivation.en).toBe(
      "7–15 working days from 30 Sep 2025; 1–8 Oct are holidays; Sat 11 Oct is a make-up working day → 16–28 Oct 2025",
    );
    expect(d.derivation["zh-CN"]).toBe(
      "自2025年9月30日起7至15个工作日；10月1日至8日为法定节假日；10月11日（周六）调休上班 → 2025年10月16日至28日",
    );
  });
  test("a single-value window, holidays in the next year named with their year", () => {
    // (insurance.payout counted working days until its source was read as calendar days.)
    const d = workingDaysWindow(chinaWorkingDays(), new Date("2025-12-31T10:00:00+08:00"), 3, 3, []);
    expect(d.derivation.en).toBe(
      "3 working days from 31 Dec 2025; 1–3 Jan 2026 are holidays; Sun 4 Jan 2026 is a make-up working day → 6 Jan 2026",
    );
    expect(d.derivation["zh-CN"]).toBe(
      "自2025年12月31日起3个工作日；2026年1月1日至3日为法定节假日；2026年1月4日（周日）调休上班 → 2026年1月6日",
    );
  });
  test("Spring Festival 2025: a holiday run and two make-up days", () => {
    const d = workingDaysWindow(chinaWorkingDays(), new Date("2025-01-24T10:00:00+08:00"), 3, 3, []);
    // 26 Jan (1), 27 Jan (2), 28 Jan – 4 Feb off, 5 Feb (3).
    expect(d.derivation.en).toBe(
      "3 working days from 24 Jan 2025; 28 Jan – 4 Feb are holidays; Sun 26 Jan is a make-up working day → 5 Feb 2025",
    );
  });
  test("hours and years read naturally", () => {
    const hours = active(
      deadlineFor(
        { kind: "FRAUD" },
        [ev("FRAUD_DISCOVERED", "2025-09-30T18:00:00+08:00")],
        "2025-10-01T00:00:00Z",
        "fraud.police-report",
      ),
    );
    expect(hours.derivation.en).toBe("48 hours from 30 Sep 2025 18:00 → 2 Oct 2025 18:00 (Beijing time)");
    expect(hours.derivation["zh-CN"]).toBe("自2025年9月30日 18:00起48小时 → 2025年10月2日 18:00（北京时间）");
    const years = active(
      deadlineFor(
        { kind: "FRAUD" },
        [ev("TRANSFER_MADE", "2025-03-31T09:00:00+08:00")],
        "2025-04-01T00:00:00Z",
        "all.statement-download",
      ),
    );
    expect(years.derivation.en).toBe("3 years − 30 days from 31 Mar 2025 → 1 Mar 2028");
    expect(years.derivation["zh-CN"]).toBe("自2025年3月31日起3年减30日 → 2028年3月1日");
  });
  test("ranges and runs", () => {
    const d = (m: number, day: number, y = 2025) => epochDayFromCivil(y, m, day);
    expect(compressDays([d(1, 1), d(1, 2), d(1, 3), d(1, 5)])).toEqual([
      [d(1, 1), d(1, 3)],
      [d(1, 5), d(1, 5)],
    ]);
    expect(enRange(d(12, 31, 2022), d(1, 2, 2023))).toBe("31 Dec 2022 – 2 Jan 2023");
    expect(zhRange(d(12, 31, 2022), d(1, 2, 2023))).toBe("2022年12月31日至2023年1月2日");
    expect(zhRange(d(1, 28), d(2, 4), false)).toBe("1月28日至2月4日");
  });
});
