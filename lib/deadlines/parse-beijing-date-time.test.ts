import { describe, expect, test } from "vitest";
import { parseBeijingDateTime } from "./parse-beijing-date-time";

const instantOf = (input: string) => {
  const r = parseBeijingDateTime(input);
  return r.ok ? r.instant.toISOString() : r.code;
};

describe("parseBeijingDateTime", () => {
  test("datetime-local input is Beijing wall time", () => {
    expect(instantOf("2025-09-30T18:00")).toBe("2025-09-30T10:00:00.000Z");
    expect(instantOf("2025-10-01T00:00")).toBe("2025-09-30T16:00:00.000Z");
    expect(instantOf("2025-09-30T18:00:30")).toBe("2025-09-30T10:00:30.000Z");
  });
  test("ISO with an offset is taken as written", () => {
    expect(instantOf("2025-09-30T18:00:00+08:00")).toBe("2025-09-30T10:00:00.000Z");
    expect(instantOf("2025-09-30T10:00:00Z")).toBe("2025-09-30T10:00:00.000Z");
    expect(instantOf("2025-09-30T02:00:00-08:00")).toBe("2025-09-30T10:00:00.000Z");
    expect(instantOf("2025-09-30T02:00:00.5-0800")).toBe("2025-09-30T10:00:00.500Z");
  });
  test.each([
    "2025-02-30T10:00",
    "2025-09-30T24:00",
    "2025-09-30T10:60",
    "abc",
    "",
    "2025-09-30",
    "2025-09-30T10:00+25:00",
    "30/09/2025 18:00",
  ])("%j is invalid_date", (input) => expect(instantOf(input)).toBe("invalid_date"));
  test.each(["1900-01-01T00:00", "1999-12-31T23:59", "2101-01-01T00:00", "1999-12-31T15:59:59Z"])(
    "%j is out_of_range",
    (input) => {
      expect(instantOf(input)).toBe("out_of_range");
    },
  );
  test("the range is by Beijing date: 1999-12-31T16:00Z is 1 Jan 2000 in Beijing", () => {
    expect(instantOf("1999-12-31T16:00:00Z")).toBe("1999-12-31T16:00:00.000Z");
    expect(instantOf("2100-12-31T23:59")).toBe("2100-12-31T15:59:00.000Z");
  });
});
