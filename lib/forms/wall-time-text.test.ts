import { describe, expect, test } from "vitest";
import { canonicalWallTimeText, displayWallTimeText, parseWallTimeText } from "./wall-time-text";

describe("dates and times typed as text (24-hour, any browser)", () => {
  test("the ways people type a date and time all read as the same value", () => {
    const inputs = [
      "2026-11-29 19:50",
      "2026-11-29T19:50",
      "2026/11/29 19:50",
      "2026.11.29 19.50",
      "2026年11月29日 19:50",
      "２０２６－１１－２９　１９：５０",
      "202611291950",
      "20261129 1950",
      " 2026-11-29   19:50 ",
    ];
    expect(inputs.map((i) => parseWallTimeText(i, "datetime"))).toEqual(inputs.map(() => "2026-11-29T19:50"));
    expect(parseWallTimeText("2026-1-9 7:05", "datetime")).toBe("2026-01-09T07:05");
    expect(parseWallTimeText("2026-11-29T19:50:07", "datetime")).toBe("2026-11-29T19:50:07");
    expect(parseWallTimeText("2026-11-29 00:00", "datetime")).toBe("2026-11-29T00:00");
  });

  test("no 12-hour clock, no impossible dates, nothing half-read", () => {
    for (const bad of [
      "2026-11-29 10:00 PM",
      "2026-11-29 下午 3:00",
      "2026-02-30 10:00",
      "2026-11-29 24:00",
      "2026-11-29 19:60",
      "2026-11-29",
      "19:50",
      "29/11/2026 19:50",
      "",
      "tomorrow",
    ]) {
      expect([bad, parseWallTimeText(bad, "datetime")]).toEqual([bad, null]);
    }
  });

  test("dates and times alone", () => {
    expect(parseWallTimeText("2026/2/3", "date")).toBe("2026-02-03");
    expect(parseWallTimeText("20260203", "date")).toBe("2026-02-03");
    expect(parseWallTimeText("2026-02-29", "date")).toBeNull();
    expect(parseWallTimeText("2200", "time")).toBe("22:00");
    expect(parseWallTimeText("8:00", "time")).toBe("08:00");
    expect(parseWallTimeText("22：30", "time")).toBe("22:30");
    expect(parseWallTimeText("25:00", "time")).toBeNull();
    expect(parseWallTimeText("10:00 PM", "time")).toBeNull();
  });

  test("a field shows a space, a schema gets the canonical value or the text as typed", () => {
    expect(displayWallTimeText("2026-11-29T19:50", "datetime")).toBe("2026-11-29 19:50");
    expect(displayWallTimeText("nonsense", "datetime")).toBe("nonsense");
    expect(canonicalWallTimeText("2026/11/29 19:50", "datetime")).toBe("2026-11-29T19:50");
    expect(canonicalWallTimeText("nonsense", "datetime")).toBe("nonsense");
  });
});
