// Money is integer fen (1/100 yuan) as bigint end to end: no float ever touches it.

const YUAN_PATTERN = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * Parses what a person types in yuan ("1,280.5", "¥ 30", "1280.50", and what a Chinese
 * IME produces: "１，２８０．５０", "1，280.50", "￥30元") into fen; null if not an amount.
 */
export function parseYuanToFen(input: string): bigint | null {
  // NFKC folds full-width digits, ，．and ￥ (U+FFE5) into ASCII digits, , . and ¥ (U+00A5).
  const normalized = input
    .normalize("NFKC")
    .trim()
    .replace(/^¥\s*/, "")
    .replace(/\s*元$/, "")
    .replaceAll(",", "");
  const match = YUAN_PATTERN.exec(normalized);
  if (!match) return null;
  const [, yuan = "0", decimals = ""] = match;
  return BigInt(yuan) * 100n + BigInt(decimals.padEnd(2, "0"));
}

// Building an Intl.NumberFormat costs far more than formatting with one (it was the hottest
// function when a page listed thousands of amounts): one per locale, made on first use.
const yuanFormats = new Map<string, Intl.NumberFormat>();
function yuanFormat(locale: string): Intl.NumberFormat {
  let format = yuanFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: true });
    yuanFormats.set(locale, format);
  }
  return format;
}

export function formatFen(fen: bigint, locale: string): string {
  const sign = fen < 0n ? "-" : "";
  const abs = fen < 0n ? -fen : fen;
  const yuan = yuanFormat(locale).format(abs / 100n);
  const cents = (abs % 100n).toString().padStart(2, "0");
  return `${sign}¥${yuan}.${cents}`;
}

/** Fen as the plain yuan text an input shows back ("1280.50"): no symbol, no grouping. */
export function formatFenPlain(fen: bigint): string {
  const sign = fen < 0n ? "-" : "";
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** "138****5678"-style masking: the account is the user's own record, shown with the middle hidden. */
export function maskAccount(account: string): string {
  const chars = [...account];
  if (chars.length <= 4) return "*".repeat(chars.length);
  const keep = chars.length <= 8 ? 2 : 4;
  const head = chars.length <= 8 ? 1 : 3;
  return chars.slice(0, head).join("") + "*".repeat(chars.length - head - keep) + chars.slice(-keep).join("");
}
