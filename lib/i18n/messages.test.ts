import { describe, expect, test } from "vitest";
import { describeAsciiPunctuation, describeNotEnglish, jsonStrings } from "@/lib/i18n/fullwidth.mjs";
import en from "./messages/en.json";
import zh from "./messages/zh-CN.json";

// Fix with `node scripts/fix-fullwidth.mjs` (rules in lib/i18n/fullwidth.mjs).
describe("messages", () => {
  test("zh-CN: no ASCII , : ; ? ! ( ) next to a Chinese character", () => {
    const bad = jsonStrings(zh).flatMap(([path, text]) => describeAsciiPunctuation(text).map((d) => `${path}: ${d}`));
    expect(bad).toEqual([]);
  });
  test("English shows English only: no CJK character, CJK or full-width punctuation, or curly quote in en.json", () => {
    const bad = jsonStrings(en).flatMap(([path, text]) => describeNotEnglish(text).map((d) => `${path}: ${d}`));
    expect(bad).toEqual([]);
  });
  test("zh-CN addresses the reader one way, as 您 (a person in trouble reading a careful service), never 你", () => {
    const informal = jsonStrings(zh).filter(([, text]) => text.includes("你"));
    expect(informal.map(([path]) => path)).toEqual([]);
  });
  test("both files have the same keys", () => {
    const keys = (tree: unknown) => jsonStrings(tree).map(([path]) => path);
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
});
