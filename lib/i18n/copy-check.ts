import { describeAsciiPunctuation, describeNotEnglish } from "@/lib/i18n/fullwidth.mjs";
import type { Locale } from "./translator";

// What a careful writer never lets through, checked on text the app composes from
// templates and a case (letters, the case summary). Each finding names the rule and
// shows the spot, so a failing test says what to fix.

export type CopyRule =
  "repeated-name" | "doubled-colon" | "space-after-full-width" | "ascii-punctuation" | "not-english";

export interface CopyProblem {
  readonly rule: CopyRule;
  readonly at: string;
}

const context = (line: string, index: number) => `…${line.slice(Math.max(0, index - 10), index + 14)}…`;

// A Chinese name said twice with at most a bracket, colon or comma between ("微信支付客服（微信支付客服");
// Latin words twice with such a separator ("OKPay（OKPay客服", "WeChat Pay (WeChat Pay"), never
// inside one word (a hash "aaaa…").
const HAN_TWICE = /(\p{Script=Han}{2,})[\s（(：:，,、]{0,2}\1/u;
const LATIN_TWICE =
  /(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]+(?: [A-Za-z][A-Za-z0-9]+)*)[\s（(：:，,、]{1,2}\1(?![A-Za-z0-9])/u;

// Brackets hold their own clause ("交易单号：【待补充：交易单号】"): their colons are not the sentence's.
const BRACKETED = /【[^【】]*】|（[^（）]*）|\([^()]*\)|\[[^[\]]*\]|「[^「」]*」|“[^“”]*”|"[^"]*"/gu;
// Clock times (22:00) and URLs (https://) are not colons of a sentence.
const NOT_A_COLON = /\d:\d|[a-z]+:\/\//giu;
const CLAUSE_END = /[，。；！？,;!?]|\.(?=\s|$)/u;

function doubledColons(line: string): string[] {
  let text = line.replace(NOT_A_COLON, "_");
  for (let before = ""; before !== text;) {
    before = text;
    text = text.replace(BRACKETED, (m) => "_".repeat(m.length));
  }
  const found: string[] = [];
  if (/[：:]\s*[：:]/u.test(text)) found.push(context(line, text.search(/[：:]\s*[：:]/u)));
  let offset = 0;
  for (const clause of text.split(CLAUSE_END)) {
    const colons = [...clause.matchAll(/[：:]/gu)];
    if (colons.length >= 2) found.push(context(line, offset + colons[1]!.index));
    offset += clause.length + 1;
  }
  return found;
}

/** Everything wrong with one piece of composed text in `locale`; an empty list means it reads right. */
export function copyProblems(text: string, locale: Locale): CopyProblem[] {
  const problems: CopyProblem[] = [];
  for (const line of text.split("\n")) {
    for (const pattern of [HAN_TWICE, LATIN_TWICE]) {
      const match = pattern.exec(line);
      if (match) problems.push({ rule: "repeated-name", at: context(line, match.index) });
    }
    for (const at of doubledColons(line)) problems.push({ rule: "doubled-colon", at });
    for (const match of line.matchAll(/[，。：；！？、（）【】「」『』《》] /gu)) {
      problems.push({ rule: "space-after-full-width", at: context(line, match.index) });
    }
  }
  const marks = locale === "zh-CN" ? describeAsciiPunctuation(text) : describeNotEnglish(text);
  for (const at of marks) problems.push({ rule: locale === "zh-CN" ? "ascii-punctuation" : "not-english", at });
  return problems;
}
