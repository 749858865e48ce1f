import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFormulaLike, neutraliseFormula, parseAmountFen, parseBeijingTime } from ".";
import { NumericCell } from "./source-row";

const fenArb = fc.bigInt({ min: 0n, max: 10n ** 13n });

function yuanText(fen: bigint, grouping: boolean): string {
  const whole = (fen / 100n).toString();
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return `${grouped}.${(fen % 100n).toString().padStart(2, "0")}`;
}

describe("parseAmountFen", () => {
  it("round-trips every fen amount through the text forms bills use", () => {
    fc.assert(
      fc.property(fenArb, fc.boolean(), fc.constantFrom("", "¥", "￥", "¥ "), (fen, grouping, prefix) => {
        expect(parseAmountFen(prefix + yuanText(fen, grouping))).toBe(fen);
      }),
    );
  });

  it("round-trips through a sheet's number cell, whether stored shortest or with 17 digits", () => {
    fc.assert(
      fc.property(fenArb, (fen) => {
        // What a spreadsheet stores is a double; these are the two ways its text is written.
        const stored = Number(yuanText(fen, false));
        expect(parseAmountFen(new NumericCell(String(stored)))).toBe(fen);
        expect(parseAmountFen(new NumericCell(stored.toPrecision(17)))).toBe(fen);
      }),
    );
  });

  it.each([
    ["¥50.0", 5000n],
    ["12", 1200n],
    ["0.005", 1n],
    ["0.004", 0n],
    ["1E-2", 1n],
    ["1.2345E3", 123_450n],
  ])("reads %s as %s fen", (text, fen) => {
    expect(parseAmountFen(text.includes("E") ? new NumericCell(text) : text)).toBe(fen);
  });

  it.each(["", "abc", "-5.00", "1,23.00", "1.2.3", "¥", "12.", "NaN", "1e400x"])("refuses %j", (text) => {
    expect(parseAmountFen(text)).toBeNull();
  });
});

const beijing = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

describe("parseBeijingTime", () => {
  it("gives the instant whose Beijing wall clock is the text (checked against ICU's Asia/Shanghai)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1995-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        (date) => {
          const wall = beijing.format(date).replace(", ", " ");
          const parsed = parseBeijingTime(wall);
          expect(parsed?.getTime()).toBe(Math.floor(date.getTime() / 1000) * 1000);
        },
      ),
    );
  });

  it("reads the shapes bills and re-saves produce", () => {
    expect(parseBeijingTime("2023/2/12 21:32")?.toISOString()).toBe("2023-02-12T13:32:00.000Z");
    expect(parseBeijingTime("2023-02-12 21:32:14 ")?.toISOString()).toBe("2023-02-12T13:32:14.000Z");
    expect(parseBeijingTime(new NumericCell("45000.5"))?.toISOString()).toBe("2023-03-15T04:00:00.000Z");
  });

  it.each(["2023-02-29 00:00:00", "2023-13-01 00:00:00", "2023-01-01 24:00:00", "12:00", ""])("refuses %j", (t) => {
    expect(parseBeijingTime(t)).toBeNull();
  });
});

describe("formula-like text", () => {
  it.each(["=1+1", "+86 138", "-cmd", "@SUM(A1)", "\tTAB", "＝1"])(
    "%j is formula-like and gets an apostrophe",
    (text) => {
      expect(isFormulaLike(text)).toBe(true);
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it.each(["某餐厅", "2019-09-26", "a=b", "¥12.00"])("%j is left alone", (text) => {
    expect(isFormulaLike(text)).toBe(false);
    expect(neutraliseFormula(text)).toBe(text);
  });
});
