import { describe, expect, test } from "vitest";
import { provisionalHolidaysNote } from "./provisional-note";

describe("provisionalHolidaysNote", () => {
  test("names the year, in both languages", () => {
    expect(provisionalHolidaysNote([2027])).toEqual({
      "zh-CN": "2027 年放假安排尚未公布，调休未计入",
      en: "The 2027 holiday schedule is not yet published; make-up working days are not counted",
    });
  });
  test("several years", () => {
    const note = provisionalHolidaysNote([2027, 2028, 2029]);
    expect(note["zh-CN"]).toBe("2027、2028、2029 年放假安排尚未公布，调休未计入");
    expect(note.en).toBe(
      "The 2027, 2028 and 2029 holiday schedules are not yet published; make-up working days are not counted",
    );
  });
});
