#!/usr/bin/env node
// Converts ASCII , : ; ? ! ( ) next to Chinese into full-width ，：；？！（） in
// zh-CN text (rules: lib/i18n/fullwidth.mjs).
//   node scripts/fix-fullwidth.mjs                     → lib/i18n/messages/zh-CN.json
//   node scripts/fix-fullwidth.mjs path.json path.ts   → those files
//   --check                                            → change nothing, exit 1 if anything would change
// JSON: every string value. TypeScript: the double-quoted string literals only
// (template literals are left for a human). Run `npm run format` afterwards.
import { readFileSync, writeFileSync } from "node:fs";
import { asciiPunctuationNextToCjk, fixJson, toFullWidth } from "../lib/i18n/fullwidth.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const files = args.filter((a) => a !== "--check");
if (files.length === 0) files.push("lib/i18n/messages/zh-CN.json");

const DOUBLE_QUOTED = /"(?:[^"\\\n]|\\.)*"/g;

/** @param {string} source @param {string} file */
function fixSource(source, file) {
  if (file.endsWith(".json")) return `${JSON.stringify(fixJson(JSON.parse(source)), null, 2)}\n`;
  return source.replace(DOUBLE_QUOTED, (/** @type {string} */ literal) =>
    asciiPunctuationNextToCjk(literal).length ? toFullWidth(literal) : literal,
  );
}

let changed = 0;
for (const file of files) {
  const before = readFileSync(file, "utf8");
  const after = fixSource(before, file);
  if (after === before) continue;
  changed++;
  const lines = (/** @type {string} */ text) => text.split("\n");
  const a = lines(before);
  const b = lines(after);
  const diff = b.filter((line, i) => line !== a[i]).length;
  console.log(`${file}: ${diff} line${diff === 1 ? "" : "s"} ${check ? "would change" : "fixed"}`);
  if (!check) writeFileSync(file, after);
}
if (changed === 0) console.log("full-width punctuation: nothing to fix");
if (check && changed > 0) process.exit(1);
