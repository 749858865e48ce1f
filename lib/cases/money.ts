// Money is integer fen (1/100 yuan) as bigint end to end: no float ever touches it.

const YUAN_PATTERN = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** Parses what a person types in yuan ("1,280.5", "¥ 30", "1280.50") into fen; null if not an amount. */
export function parseYuanToFen(input: string): bigint | null {
  const normalized = input
    .trim()
    .replace(/^[¥￥]\s*/, "")
    .replaceAll(",", "")
    .replaceAll(",", "");
  const match = YUAN_PATTERN.exec(normalized);
  if (!match) return null;
  const [, yuan = "0", decimals = ""] = match;
  return BigInt(yuan) * 100n + BigInt(decimals.padEnd(2, "0"));
}

export function formatFen(fen: bigint, locale: string): string {
  const sign = fen < 0n ? "-" : "";
  const abs = fen < 0n ? -fen : fen;
  const yuan = new Intl.NumberFormat(locale, { useGrouping: true }).format(abs / 100n);
  const cents = (abs % 100n).toString().padStart(2, "0");
  return `${sign}¥${yuan}.${cents}`;
}
