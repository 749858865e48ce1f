import { parse } from "csv-parse/sync";
import { BillParseError } from "./errors";
import type { SourceRow } from "./source-row";

/**
 * Splits bill text into records. The platforms' CSV is loose: WeChat writes `"3985734"\t,` (a tab
 * after the closing quote) and quotes inside unquoted fields; Alipay pads fields with spaces. ltrim
 * and rtrim let whitespace sit around quoted fields, relax_quotes keeps stray quotes as text, and
 * the preamble lines have fewer fields than the data (relax_column_count).
 */
export function readCsvRows(text: string): SourceRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      relax_quotes: true,
      relax_column_count: true,
      ltrim: true,
      rtrim: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "CSV_QUOTE_NOT_CLOSED") {
      throw new BillParseError("truncated", "the file ends inside a quoted field");
    }
    throw new BillParseError("not_a_bill", `not readable as CSV (${code ?? "unknown error"})`);
  }
  return records.map(({ record, info }) => ({ line: info.lines, cells: record }));
}
