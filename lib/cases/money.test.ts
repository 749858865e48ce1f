import { describe, expect, test } from "vitest";
import { formatFen, parseYuanToFen } from "./money";

describe("parseYuanToFen", () => {
  test.each([
    ["1280.50", 128050n],
    ["1280.5", 128050n],
    ["1,280.5", 128050n],
    ["¥ 30", 3000n],
    ["￥0.01", 1n],
    ["  7 ", 700n],
    ["1000000000", 100000000000n],
    ["999999999999.99", 99999999999999n],
    // What a Chinese IME types: full-width digits, comma, point and yen sign.
    ["１，２８０．５０", 128050n],
    ["1，280.50", 128050n],
    ["￥１２８０", 128000n],
    ["¥ 3,000元", 300000n],
    ["　２８０００　", 2800000n],
  ])("%s → %s fen", (input, fen) => {
    expect(parseYuanToFen(input)).toBe(fen);
  });

  test.each([
    "",
    "abc",
    "12.345",
    "-5",
    "1e5",
    "0x10",
    "1.2.3",
    "1 000",
    "NaN",
    "1234567890123",
    "１２．３４５",
    "－５",
    "1，2，3.4.5",
  ])("refuses %j", (input) => {
    expect(parseYuanToFen(input)).toBeNull();
  });

  test("never goes through floating point", () => {
    // 0.1 + 0.2 style errors would show here: 1.15 * 100 = 114.99999999999999 in floats.
    expect(parseYuanToFen("1.15")).toBe(115n);
    expect(parseYuanToFen("4.35")).toBe(435n);
  });
});

describe("formatFen", () => {
  test("groups yuan and keeps exactly two decimals", () => {
    expect(formatFen(128050n, "zh-CN")).toBe("¥1,280.50");
    expect(formatFen(100000000000n, "en")).toBe("¥1,000,000,000.00");
    expect(formatFen(5n, "en")).toBe("¥0.05");
    expect(formatFen(-250n, "en")).toBe("-¥2.50");
  });
});
