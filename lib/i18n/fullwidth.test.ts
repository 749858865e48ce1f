import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { asciiPunctuationNextToCjk, fixJson, notEnglish, toFullWidth } from "./fullwidth.mjs";

describe("full-width punctuation", () => {
  test.each([
    ["尚未公布, 暂按周一", "尚未公布，暂按周一"],
    ["已登录:{email}", "已登录：{email}"],
    ["钱转错了?一步步", "钱转错了？一步步"],
    ["立即补报(110 / 96110):迟报", "立即补报（110 / 96110）：迟报"],
    ["好;b", "好；b"],
    ["注意!", "注意！"],
    ["2025年10月2日18:00(北京时间)", "2025年10月2日18:00（北京时间）"],
    ["登录 Recourse(24 小时内有效):", "登录 Recourse（24 小时内有效）："],
  ])("%j → %j", (input, expected) => {
    expect(toFullWidth(input)).toBe(expected);
    expect(asciiPunctuationNextToCjk(expected)).toEqual([]);
  });
  test.each([
    "例如 2025-09-30 18:00。",
    "截止 {date}",
    "https://example.com/a?b=1",
    "Recourse (beta), English only: fine",
    "{count, plural, other {# 个}}",
  ])("left alone: %j", (text) => {
    expect(asciiPunctuationNextToCjk(text)).toEqual([]);
    expect(toFullWidth(text)).toBe(text);
  });
  test("finds every offender, in order", () => {
    expect(asciiPunctuationNextToCjk("中,文:(好)")).toEqual([1, 3, 4, 6]);
  });
  test("fixJson walks nested values and leaves non-strings", () => {
    expect(fixJson({ a: { b: "好,的" }, n: 1, l: ["是?"] })).toEqual({ a: { b: "好，的" }, n: 1, l: ["是？"] });
  });
});

describe("English text", () => {
  test.each([
    ["Status：Open", [6]],
    ["Upload for “ID card”", [11, 19]],
    ["How it is counted（working days）", [17, 30]],
    ["支付宝 Fraud", [0, 1, 2]],
    ["Done。", [4]],
    ["￥80.00", [0]],
  ])("%j is not English at %j", (text, indices) => {
    expect(notEnglish(text)).toEqual(indices);
  });
  test.each(["Status: Open", 'Upload for "ID card"', "Loading…", "1–8 Oct — due ¥800.00 · Alipay", "It's → done"])(
    "%j is",
    (text) => {
      expect(notEnglish(text)).toEqual([]);
    },
  );
});

describe("scripts/fix-fullwidth.mjs", () => {
  const script = path.join(process.cwd(), "scripts/fix-fullwidth.mjs");
  test("--check fails on a bad JSON file and changes nothing; without it the file is fixed", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fullwidth-"));
    const file = path.join(dir, "zh.json");
    writeFileSync(file, `${JSON.stringify({ a: { b: "已登录:{email}" }, t: "22:00" }, null, 2)}\n`);
    const check = spawnSync(process.execPath, [script, "--check", file], { encoding: "utf8" });
    expect(check.status).toBe(1);
    expect(readFileSync(file, "utf8")).toContain("已登录:{email}");
    execFileSync(process.execPath, [script, file]);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ a: { b: "已登录：{email}" }, t: "22:00" });
    expect(spawnSync(process.execPath, [script, "--check", file]).status).toBe(0);
  });
  test("TypeScript: only double-quoted literals change", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fullwidth-"));
    const file = path.join(dir, "x.ts");
    writeFileSync(file, 'const a = { zh: "好,的", en: "fine, ok" }; // 注释,不动\n');
    execFileSync(process.execPath, [script, file]);
    expect(readFileSync(file, "utf8")).toBe('const a = { zh: "好，的", en: "fine, ok" }; // 注释,不动\n');
  });
});
