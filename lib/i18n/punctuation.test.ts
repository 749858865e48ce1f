import { describe, expect, test } from "vitest";
import { asciiPunctuationNextToCjk, notEnglish } from "@/lib/i18n/fullwidth.mjs";
import { locales } from "./config";
import { punctuation } from "./punctuation";

// Each mark joined between words of its language, the way the components join them.
function joins(locale: string, a: string, b: string): string[] {
  const p = punctuation(locale);
  return [
    ...[p.colon, p.comma, p.list, p.semicolon, p.or, p.dash].map((mark) => `${a}${mark}${b}`),
    `${a}${p.aside(b)}`,
    `${a}\n${p.brackets(b)}`,
  ];
}

describe("punctuation", () => {
  test("zh-CN: full-width marks, no ASCII , : ; ? ! ( ) beside Chinese", () => {
    for (const text of joins("zh-CN", "状态", "开放"))
      expect([text, asciiPunctuationNextToCjk(text)]).toEqual([text, []]);
  });
  test("English: ASCII marks only", () => {
    for (const text of joins("en", "Status", "Open")) expect([text, notEnglish(text)]).toEqual([text, []]);
    expect(joins("en", "Status", "Open")).toContain("Status: Open");
    expect(joins("en", "amount", "yuan")).toContain("amount (yuan)");
  });
  test("every locale has its marks; an unknown one gets the default language's", () => {
    for (const locale of locales) expect(punctuation(locale).colon).toBeTruthy();
    expect(punctuation("fr")).toBe(punctuation("zh-CN"));
  });
});
