import { BillParseError, billFailure } from "./errors";
import { extractRows, findColumnRow } from "./extract-rows";
import { BILL_FORMATS } from "./formats";
import { decodeBillText } from "./decode-text";
import { readCsvRows } from "./read-csv";
import { readXlsxSheets } from "./read-xlsx";
import type { SourceRow } from "./source-row";
import type { ParseBillResult } from "./types";

/** Bills are kilobytes to a few MB; an upload past this is not a bill export. */
export const MAX_BILL_BYTES = 10 * 1024 * 1024;

/** No bill row comes near this; a longer line is not a bill, and would only cost parsing time. */
export const MAX_BILL_LINE_CHARS = 64 * 1024;

const EXPECTED = "a WeChat Pay bill (微信支付账单明细, CSV or xlsx) or an Alipay transaction CSV (支付宝交易明细)";

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);

/**
 * Reads a WeChat Pay or Alipay bill export. Pure: bytes in, rows or a failure out; nothing is
 * stored and nothing is thrown. The format is decided by the file's content (a zip is an xlsx,
 * anything else is text whose column row names the layout); `fileName` only enriches messages.
 */
export async function parseBill(bytes: Uint8Array, fileName?: string): Promise<ParseBillResult> {
  try {
    return await parse(bytes, fileName);
  } catch (error) {
    if (error instanceof BillParseError) return billFailure(error.code, error.message, error.params);
    // A library failing on hostile input is still bad input, never a 500.
    return billFailure("not_a_bill", `unreadable (${(error as Error).message}); expected ${EXPECTED}`);
  }
}

async function parse(bytes: Uint8Array, fileName: string | undefined): Promise<ParseBillResult> {
  const named = fileName ? `${fileName}: ` : "";
  if (bytes.length === 0) return billFailure("empty_file", `${named}the file is empty`);
  if (bytes.length > MAX_BILL_BYTES) {
    return billFailure("file_too_large", `${named}${bytes.length} bytes; a bill is at most ${MAX_BILL_BYTES}`, {
      maxMegabytes: MAX_BILL_BYTES / 1024 / 1024,
    });
  }
  if (startsWith(bytes, [0x50, 0x4b])) return parseSheets(bytes, named);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return billFailure("unreadable_spreadsheet", `${named}an old .xls workbook; expected ${EXPECTED}`);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return billFailure("not_a_bill", `${named}a PDF; expected ${EXPECTED}`);
  const { text } = decodeBillText(bytes);
  const longest = longestLine(text);
  if (longest > MAX_BILL_LINE_CHARS) {
    return billFailure("not_a_bill", `${named}a line of ${longest} characters; expected ${EXPECTED}`);
  }
  const rows = readCsvRows(text);
  if (!findColumnRow(rows, BILL_FORMATS) && looksLikeMojibake(text)) {
    return billFailure(
      "wrong_encoding",
      `${named}Chinese text decoded as Latin-1 and saved again; expected ${EXPECTED}`,
    );
  }
  return fromRows(rows, /[\r\n]$/.test(text), named);
}

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > longest) longest = stop - start;
    if (end === -1) return longest;
    start = end + 1;
  }
}

// GBK or UTF-8 Chinese that went through Latin-1 (a common "open and save" accident) turns into
// runs of accented letters and no Chinese at all: ÉÌÆ·ËµÃ÷ for 商品说明.
function looksLikeMojibake(text: string): boolean {
  const accented = text.match(/[\u00c0-\u00ff]/g)?.length ?? 0;
  return accented >= 20 && !/[\u4e00-\u9fff]/.test(text);
}

async function parseSheets(bytes: Uint8Array, named: string): Promise<ParseBillResult> {
  const sheets = await readXlsxSheets(bytes);
  for (const sheet of sheets) {
    if (findColumnRow(sheet.rows, BILL_FORMATS)) return fromRows(sheet.rows, true, named);
  }
  return billFailure("not_a_bill", `${named}no sheet has the columns of ${EXPECTED}`);
}

function fromRows(rows: SourceRow[], endsCleanly: boolean, named: string): ParseBillResult {
  const match = findColumnRow(rows, BILL_FORMATS);
  if (!match) return billFailure("not_a_bill", `${named}no column row of ${EXPECTED}`);
  return {
    ok: true,
    platform: match.format.platform,
    format: match.format.id,
    rows: extractRows(rows, match, endsCleanly),
  };
}
