import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

// ADR 0033: the domain's texts are inline Bilingual pairs beside their rules; interface copy is
// in the message files. A `{ "zh-CN": "…", en: "…" }` literal anywhere else is copy in the wrong place.
const ROOT = path.resolve(__dirname, "../..");
const ALLOWED_DIRS = ["lib/deadlines/", "lib/kinds/", "lib/letters/"];
/** They join two domain texts into one pair, adding punctuation only. */
const JOINERS = ["lib/first-aid/deadlines.ts", "lib/reminders/deliver-claimed.ts"];
const PAIR = /["']zh-CN["']\s*:\s*["'`]/;
/** `locale === "zh-CN" ? "北京时间" : "Beijing time"`: the same thing as a ternary. */
const TERNARY = /===\s*["'](?:zh-CN|en)["']\s*\?[^\n]*\p{Script=Han}/u;
const copyInCode = (text: string) => PAIR.test(text) || TERNARY.test(text);

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "generated" || entry.name.startsWith(".") ? [] : sources(rel);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !/\.test\.|\.spec\./.test(entry.name) ? [rel] : [];
  });
}

describe("bilingual literals live only beside the domain's rules", () => {
  test.each([
    ['{ "zh-CN": "登录", en: "Sign in" }', true],
    ["label: { 'zh-CN': `${name}客服`, en: `${name} service` }", true],
    ['return locale === "zh-CN" ? "北京时间" : "Beijing time";', true],
    ['locale === "en" ? "Beijing time" : "北京时间"', true],
    ['{locale === "en" ? ". " : "。"}', false],
    ['readonly "zh-CN": string;', false],
    ['const MESSAGES = { "zh-CN": zh, en };', false],
  ])("%s is copy in code: %s", (text, found) => {
    expect(copyInCode(text)).toBe(found);
  });

  const files = ["lib", "app", "components", "scripts"].flatMap(sources);

  test("the scan sees the tree, and the pairs where they belong", () => {
    expect(files.length).toBeGreaterThan(300);
    const withPairs = files.filter((f) => copyInCode(readFileSync(path.join(ROOT, f), "utf8")));
    expect(withPairs.some((f) => f.startsWith("lib/deadlines/"))).toBe(true);
    expect(withPairs.some((f) => f.startsWith("lib/letters/"))).toBe(true);
  });

  test("no interface copy as a Bilingual literal outside lib/deadlines, lib/kinds and lib/letters", () => {
    const misplaced = files
      .filter((f) => !ALLOWED_DIRS.some((dir) => f.startsWith(dir)) && !JOINERS.includes(f))
      .filter((f) => copyInCode(readFileSync(path.join(ROOT, f), "utf8")));
    expect(misplaced).toEqual([]);
  });
});
