import { describe, expect, test } from "vitest";
import { describeAsciiPunctuation, describeNotEnglish } from "@/lib/i18n/fullwidth.mjs";
import { TEMPLATES } from ".";

// Each template's own words (the filled letters are checked in ../render-letter.test.ts).
const texts = Object.entries(TEMPLATES).flatMap(([recipient, template]) => [
  [`${recipient}.title`, template.title] as const,
  ...template.paragraphs.map((p, i) => [`${recipient}[${i}]`, p.text] as const),
]);

describe("letter templates", () => {
  test("zh-CN: no ASCII , : ; ? ! ( ) beside a Chinese character", () => {
    const bad = texts.flatMap(([name, t]) => describeAsciiPunctuation(t["zh-CN"]).map((d) => `${name}: ${d}`));
    expect(bad).toEqual([]);
  });
  test("English: no CJK character, CJK or full-width punctuation, or curly quote", () => {
    const bad = texts.flatMap(([name, t]) => describeNotEnglish(t.en).map((d) => `${name}: ${d}`));
    expect(bad).toEqual([]);
  });
});
