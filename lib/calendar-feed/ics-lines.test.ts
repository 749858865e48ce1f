import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { escapeText, foldLine, icsUtc, MAX_LINE_OCTETS } from "./ics-lines";

const octets = (text: string) => Buffer.byteLength(text, "utf8");
/** RFC 5545 §3.1 unfolding: remove every CRLF followed by one space or tab. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("foldLine (RFC 5545 §3.1)", () => {
  test("Chinese straddling the 75-octet boundary moves whole to the next line", () => {
    // "SUMMARY:" is 8 octets; 22 ASCII letters make 30; 15 Chinese characters (45 octets) make
    // exactly 75; the 16th (of 18) would straddle octets 75–78, so it must start the continuation line.
    const line = `SUMMARY:${"a".repeat(22)}${"期限".repeat(8)}报案`;
    expect(octets(line)).toBe(30 + 18 * 3);
    const folded = foldLine(line);
    const [first, second, ...rest] = folded.split("\r\n");
    expect(rest).toEqual([]);
    expect(octets(first!)).toBe(75);
    expect(first!.endsWith("期限期")).toBe(true);
    expect(second).toBe(" 限报案");
    expect(unfold(folded)).toBe(line);
  });

  test("a character that would end at octet 76 is not split: the line stops at 74", () => {
    // 8 + 21 = 29 ASCII, then Chinese at 3 octets: 29 + 15×3 = 74, the 16th would need 75–77.
    const line = `SUMMARY:${"b".repeat(21)}${"案".repeat(20)}`;
    const lines = foldLine(line).split("\r\n");
    expect(octets(lines[0]!)).toBe(74);
    for (const physical of lines) expect(octets(physical)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    // Continuations: a space, then content; the space counts towards the 75 octets.
    expect(lines.slice(1).every((l) => l.startsWith(" ") && !l.startsWith("  "))).toBe(true);
    expect(unfold(lines.join("\r\n"))).toBe(line);
  });

  test("emoji (surrogate pairs, 4 octets) and 2-octet letters are never split", () => {
    const line = `DESCRIPTION:${"é😀期".repeat(40)}`;
    const folded = foldLine(line);
    for (const physical of folded.split("\r\n")) {
      expect(octets(physical)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      expect(physical).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/);
    }
    expect(unfold(folded)).toBe(line);
  });

  test("a line of exactly 75 octets is left alone; 76 folds", () => {
    expect(foldLine(`X:${"a".repeat(73)}`)).toBe(`X:${"a".repeat(73)}`);
    expect(foldLine(`X:${"a".repeat(74)}`)).toBe(`X:${"a".repeat(73)}\r\n a`);
  });

  test("any text: every physical line ≤ 75 octets, whole characters, and unfolding gives it back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const line = `SUMMARY:${text.replace(/[\r\n]/g, "")}`;
        const folded = foldLine(line);
        for (const physical of folded.split("\r\n")) {
          expect(octets(physical)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          // A lone surrogate would mean a character was cut in two.
          expect(Buffer.from(physical, "utf8").toString("utf8")).toBe(physical);
        }
        expect(unfold(folded)).toBe(line);
      }),
    );
  });
});

describe("escapeText and icsUtc", () => {
  test("backslash, semicolon, comma and newlines are escaped; Chinese punctuation is not", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf，g；")).toBe("a\\\\b\\;c\\,d\\ne\\nf，g；");
  });
  test("UTC basic format", () => {
    expect(icsUtc(new Date("2026-12-01T08:00:05.123Z"))).toBe("20261201T080005Z");
  });
});
