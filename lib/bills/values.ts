import { NumericCell, type Cell } from "./source-row";

// Bidirectional overrides and C0/C1 controls can make a name display as something else; a bill's
// text never needs them.
const INVISIBLE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A cell as plain display text: trimmed of padding, tabs and stray quotes, controls removed. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof NumericCell) return cell.text;
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  let text = cell.replace(/[\t\r\n]+/g, " ").replace(INVISIBLE_CONTROLS, "");
  text = text.trim();
  // WeChat's `"3985734"\t` can survive a re-save as a literal quoted value.
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).trim();
  return text;
}

/** Column names compared loosely: full-width brackets (金额（元）) and padding do not matter. */
export function normaliseColumnName(cell: Cell | undefined): string {
  return cellText(cell).normalize("NFKC").replace(/\s+/g, "");
}

// Cells that a spreadsheet would run as a formula when this text is written into a CSV or sheet.
const FORMULA_TRIGGER = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

/** For any export to CSV/xlsx: a leading apostrophe makes Excel, LibreOffice and Sheets keep it as text. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

const PLAIN_AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const SCIENTIFIC = /^(\d+)(?:\.(\d+))?[eE]([+-]?\d{1,3})$/;

/**
 * Yuan text → exact fen. Accepts `¥28.16`, `￥1,234.56`, `50.0`, `12`, and a sheet's stored number
 * text (`1234.5`, `28.159999999999997`, `1E-2`). Digits past the fen are rounded half up on the
 * decimal string itself; nothing passes through a float. Null when it is not an amount.
 */
export function parseAmountFen(cell: Cell | undefined): bigint | null {
  let text = cellText(cell).replace(/^[¥￥]\s*/, "");
  const scientific = SCIENTIFIC.exec(text);
  if (scientific) text = expandExponent(scientific[1] ?? "", scientific[2] ?? "", Number(scientific[3]));
  const match = PLAIN_AMOUNT.exec(text);
  if (!match) return null;
  const whole = BigInt((match[1] ?? "0").replaceAll(",", ""));
  const decimals = match[2] ?? "";
  const fen = BigInt(decimals.slice(0, 2).padEnd(2, "0"));
  const roundUp = (decimals[2] ?? "0") >= "5" ? 1n : 0n;
  return whole * 100n + fen + roundUp;
}

function expandExponent(whole: string, fraction: string, exponent: number): string {
  const digits = whole + fraction;
  const point = whole.length + exponent;
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

const MS_PER_DAY = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DATE_TIME = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A bill's time is Beijing civil time (the xlsx says so: 本账单中所有时间均为UTC+08:00时间). Text
 * `2019-09-26 12:45:27`, `2023/2/12 21:32` (a re-save drops the seconds), a sheet date cell (its
 * fields are the civil time), or an Excel serial day number. Null when it is no valid time.
 */
export function parseBeijingTime(cell: Cell | undefined): Date | null {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? null : new Date(cell.getTime() - BEIJING_OFFSET_MS);
  }
  const text = cellText(cell);
  if (cell instanceof NumericCell || /^\d+(\.\d+)?$/.test(text)) {
    const serial = Number(text);
    if (!(serial > 0 && serial < 2_958_466)) return null;
    const civilMs = EXCEL_EPOCH_MS + Math.round(serial * 86_400) * 1000;
    return new Date(civilMs - BEIJING_OFFSET_MS);
  }
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || hour! > 23 || minute! > 59 || second! > 59) return null;
  const civilMs = Date.UTC(year!, month! - 1, day!, hour, minute, second);
  const civil = new Date(civilMs);
  // Date.UTC rolls 02-30 over into March; a date that does not exist is not a time.
  if (civil.getUTCDate() !== day || civil.getUTCMonth() !== month! - 1) return null;
  if (civilMs < Date.UTC(1990, 0, 1) || civilMs > Date.UTC(2100, 0, 1) + MS_PER_DAY) return null;
  return new Date(civilMs - BEIJING_OFFSET_MS);
}
