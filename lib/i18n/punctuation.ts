import { defaultLocale, isLocale } from "./config";
import type { Locale } from "./translator";

// The marks code sets between pieces it joins (a label and its value, list items, an aside),
// per language: Chinese full-width with no spaces around, English ASCII with its spaces.
// Sentences that are whole live in the messages; these are only for joins the code makes.

export interface Punctuation {
  /** After a label, before its value: "状态：开放" / "Status: Open". */
  readonly colon: string;
  /** Between the parts of one sentence. */
  readonly comma: string;
  /** Between the items of a list: "身份证、银行卡" / "ID card, bank card". */
  readonly list: string;
  /** Between clauses. */
  readonly semicolon: string;
  /** Between alternatives: "报警／投诉" / "reported / complained". */
  readonly or: string;
  /** Before an aside: "规则——尚未开始" / "rule — not started". */
  readonly dash: string;
  /** An aside in brackets after a word: "金额（元）" / "amount (yuan)". */
  readonly aside: (text: string) => string;
  /** Brackets standing alone: "（无）" / "(none)". */
  readonly brackets: (text: string) => string;
}

const MARKS: Readonly<Record<Locale, Punctuation>> = {
  "zh-CN": {
    colon: "：",
    comma: "，",
    list: "、",
    semicolon: "；",
    or: "／",
    dash: "——",
    aside: (text) => `（${text}）`,
    brackets: (text) => `（${text}）`,
  },
  en: {
    colon: ": ",
    comma: ", ",
    list: ", ",
    semicolon: "; ",
    or: " / ",
    dash: " — ",
    aside: (text) => ` (${text})`,
    brackets: (text) => `(${text})`,
  },
};

/** The marks of `locale` (an unknown one gets the default language's). */
export function punctuation(locale: string): Punctuation {
  return MARKS[isLocale(locale) ? locale : defaultLocale];
}
