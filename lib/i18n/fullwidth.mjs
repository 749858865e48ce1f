// Full-width punctuation next to Chinese: the check (used by tests) and the
// fix (used by scripts/fix-fullwidth.mjs). ASCII , : ; ? ! ( ) whose nearest
// non-space neighbour is a CJK character (Han, CJK punctuation, full-width
// forms) is wrong in zh-CN text; so is an ASCII parenthesis pair that touches
// or contains Chinese. Placeholders ({email}), times (22:00) and URLs have no
// CJK neighbour and stay as they are.

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/** @type {Record<string, string>} */
const ASCII_TO_FULL = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）" };

/** @param {string | undefined} ch */
export const isCjk = (ch) => ch !== undefined && CJK.test(ch);

/** @param {string} text @param {number} i @param {1 | -1} step @returns {string | undefined} */
function neighbour(text, i, step) {
  for (let j = i + step; j >= 0 && j < text.length; j += step) {
    const ch = text.charAt(j);
    if (!/\s/.test(ch)) return ch;
  }
  return undefined;
}

/** @param {string} text @param {number} i */
const touchesCjk = (text, i) => isCjk(neighbour(text, i, -1)) || isCjk(neighbour(text, i, 1));

/** Indices of ASCII punctuation that should be full-width, ascending. @param {string} text */
export function asciiPunctuationNextToCjk(text) {
  /** @type {Set<number>} */
  const bad = new Set();
  /** @type {number[]} */
  const open = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "(") open.push(i);
    else if (ch === ")") {
      const start = open.pop();
      if (start === undefined) {
        if (touchesCjk(text, i)) bad.add(i);
      } else if (touchesCjk(text, start) || touchesCjk(text, i) || CJK.test(text.slice(start + 1, i))) {
        bad.add(start);
        bad.add(i);
      }
    } else if (",:;?!".includes(ch) && touchesCjk(text, i)) bad.add(i);
  }
  for (const start of open) if (touchesCjk(text, start)) bad.add(start);
  return [...bad].sort((a, b) => a - b);
}

/** Each offending character with a little context, for test messages. @param {string} text */
export function describeAsciiPunctuation(text) {
  return asciiPunctuationNextToCjk(text).map(
    (i) => `"${text[i]}" at ${i} in …${text.slice(Math.max(0, i - 8), i + 9)}…`,
  );
}

// English text holds none of: CJK characters, CJK punctuation (U+3000–303F), full-width
// forms (U+FF00–FFEF, ：（）￥ …) and curly quotes, which CJK-first fonts draw full-width.
// ¥, —, … and · are fine.
const NOT_ENGLISH = /[\u2018\u2019\u201c\u201d\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Indices of characters English text must not hold, ascending. @param {string} text */
export function notEnglish(text) {
  /** @type {number[]} */
  const bad = [];
  for (let i = 0; i < text.length; i++) if (NOT_ENGLISH.test(text.charAt(i))) bad.push(i);
  return bad;
}

/** Each character English text must not hold, with a little context, for test messages. @param {string} text */
export function describeNotEnglish(text) {
  return notEnglish(text).map((i) => `"${text[i]}" at ${i} in …${text.slice(Math.max(0, i - 12), i + 13)}…`);
}

/**
 * Converts the offending characters and drops the spaces around the full-width
 * mark (Chinese sets none): "尚未公布, 暂按" → "尚未公布，暂按".
 * @param {string} text
 * @returns {string}
 */
export function toFullWidth(text) {
  const bad = new Set(asciiPunctuationNextToCjk(text));
  if (bad.size === 0) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    out += (bad.has(i) && ASCII_TO_FULL[ch]) || ch;
  }
  // Again until nothing changes: a mark made full-width can make its neighbour wrong ("(一次):").
  return toFullWidth(out.replace(/[ \t]*([，：；？！（）])[ \t]*/gu, "$1"));
}

/**
 * Every string value in a JSON tree, with its dotted path.
 * @param {unknown} value
 * @returns {[path: string, text: string][]}
 */
export function jsonStrings(value, path = "") {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => jsonStrings(v, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => jsonStrings(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * A JSON tree with every string passed through toFullWidth: the same shape back.
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function fixJson(value) {
  return /** @type {T} */ (fixTree(value));
}

/** @param {unknown} value @returns {unknown} */
function fixTree(value) {
  if (typeof value === "string") return toFullWidth(value);
  if (Array.isArray(value)) return value.map(fixTree);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fixTree(v)]));
  return value;
}
