import { describe, expect, test } from "vitest";
import { isValidTimeZone } from "@/lib/cases/zoned-time";
import { timeZoneChoices, timeZoneLabel } from "./time-zone-choices";

const winter = new Date("2026-01-15T04:00:00Z");
const summer = new Date("2026-07-15T04:00:00Z");

describe("time zone choices", () => {
  test("Beijing first, named in the reader's language, full-width in Chinese", () => {
    const zh = timeZoneChoices("zh-CN", winter);
    expect(zh.common[0]).toEqual({ value: "Asia/Shanghai", label: "中国标准时间（Asia/Shanghai，GMT+08:00）" });
    const en = timeZoneChoices("en", winter);
    expect(en.common[0]).toEqual({ value: "Asia/Shanghai", label: "China Standard Time (Asia/Shanghai, GMT+08:00)" });
  });

  test("English labels use ASCII punctuation, as the rest of the English UI", () => {
    const { common, others } = timeZoneChoices("en", winter);
    const labels = [...common, ...others].map((choice) => choice.label);
    expect(labels).toContain("Dumont d'Urville Time (Antarctica/DumontDUrville, GMT+10:00)");
    expect(labels.filter((label) => /[‘’“”，：；（）、\u4e00-\u9fff]/.test(label))).toEqual([]);
  });

  test("offsets are those in force at `now`", () => {
    expect(timeZoneLabel("Europe/Berlin", "en", winter)).toContain("GMT+01:00");
    expect(timeZoneLabel("Europe/Berlin", "en", summer)).toContain("GMT+02:00");
    expect(timeZoneLabel("Asia/Kolkata", "en", summer)).toContain("GMT+05:30");
  });

  test("every zone once, each one the settings form accepts", () => {
    const { common, others } = timeZoneChoices("zh-CN", winter);
    const values = [...common, ...others].map((choice) => choice.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values.length).toBeGreaterThan(300);
    expect(values.every(isValidTimeZone)).toBe(true);
  });

  test("a saved zone the list lacks (an old alias, UTC) is kept, first among the rest", () => {
    for (const saved of ["Asia/Chongqing", "UTC"]) {
      const { others } = timeZoneChoices("en", winter, saved);
      expect(others[0]?.value).toBe(saved);
      expect(others.filter((choice) => choice.value === saved)).toHaveLength(1);
    }
    const utc = timeZoneChoices("en", winter, "UTC").others[0]?.label ?? "";
    expect(utc).toMatch(/UTC/);
    expect(utc.match(/GMT\+00:00/g)).toHaveLength(1);
    expect(timeZoneChoices("en", winter, "Asia/Shanghai").others.some((c) => c.value === "Asia/Shanghai")).toBe(false);
  });
});
