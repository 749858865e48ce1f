import { BillParseError } from "./errors";
import type { BillFormat, BillRowFields, RowReader } from "./formats";
import type { SourceRow } from "./source-row";
import type { BillRow, BillTextField } from "./types";
import { cellText, isFormulaLike, normaliseColumnName, parseAmountFen, parseBeijingTime } from "./values";

/** How far down the column row may sit: the longest known preamble is 24 lines. */
const COLUMN_ROW_SEARCH_LIMIT = 100;

export interface ColumnMatch {
  format: BillFormat;
  headerIndex: number;
  columns: Map<string, { index: number; name: string }>;
}

/** The first row (by content, never by line number) naming every required column of a format. */
export function findColumnRow(rows: readonly SourceRow[], formats: readonly BillFormat[]): ColumnMatch | null {
  const limit = Math.min(rows.length, COLUMN_ROW_SEARCH_LIMIT);
  for (let headerIndex = 0; headerIndex < limit; headerIndex += 1) {
    const names = (rows[headerIndex]?.cells ?? []).map(normaliseColumnName);
    for (const format of formats) {
      const columns = new Map<string, { index: number; name: string }>();
      for (const column of format.columns) {
        const index = names.findIndex((name) => column.names.includes(name));
        if (index >= 0) columns.set(column.key, { index, name: names[index] ?? column.key });
      }
      if (format.columns.every((column) => !column.required || columns.has(column.key))) {
        return { format, headerIndex, columns };
      }
    }
  }
  return null;
}

const TEXT_FIELDS: readonly BillTextField[] = [
  "counterparty",
  "counterpartyAccount",
  "description",
  "method",
  "status",
  "transactionId",
  "merchantOrderId",
  "note",
  "category",
];

// Alipay (both layouts) and the old WeChat CSV close the data with a rule; summaries follow it.
const isClosingRule = (row: SourceRow) => /^-{6,}/.test(cellText(row.cells[0]));
const isBlank = (row: SourceRow) => row.cells.every((cell) => cellText(cell) === "");

/**
 * Turns the rows after the column row into BillRows. A row whose time, amount or id cannot be read
 * fails the whole bill (bad_row, naming line and column) rather than being silently dropped; when
 * that row is the last one of a file that does not end cleanly, the file was cut off (truncated).
 */
export function extractRows(rows: readonly SourceRow[], match: ColumnMatch, endsCleanly: boolean): BillRow[] {
  const dataRows: SourceRow[] = [];
  for (const row of rows.slice(match.headerIndex + 1)) {
    if (isClosingRule(row)) break;
    if (!isBlank(row)) dataRows.push(row);
  }
  const requiredWidth =
    Math.max(...match.format.columns.filter((c) => c.required).map((c) => match.columns.get(c.key)?.index ?? 0)) + 1;
  const headerCells = rows[match.headerIndex]?.cells ?? [];
  const headerWidth = headerCells.findLastIndex((cell) => cellText(cell) !== "") + 1;
  return dataRows.map((row, i) => {
    const isLast = i === dataRows.length - 1;
    // A file cut off inside its last line can still look valid field by field (an id cut short).
    if (isLast && !endsCleanly && row.cells.length < headerWidth) {
      throw new BillParseError("truncated", `the last row (line ${row.line}) has fewer fields than the column row`);
    }
    try {
      if (row.cells.length < requiredWidth) {
        throw new BillParseError("short_row", `line ${row.line} has ${row.cells.length} fields`, { line: row.line });
      }
      return toBillRow(row, match);
    } catch (error) {
      if (isLast && !endsCleanly && error instanceof BillParseError) {
        throw new BillParseError("truncated", `the last row (line ${row.line}) is incomplete`);
      }
      throw error;
    }
  });
}

function toBillRow(row: SourceRow, match: ColumnMatch): BillRow {
  const cell = (key: string) => {
    const column = match.columns.get(key);
    return column ? row.cells[column.index] : undefined;
  };
  const bad = (key: string): never => {
    const value = cellText(cell(key)).slice(0, 60);
    // `field` is the format's column key (time, amount, transactionId…), translated by the message.
    throw new BillParseError("bad_row", `line ${row.line}: ${key} "${value}" is not readable`, {
      line: row.line,
      field: key,
      value,
    });
  };
  const reader: RowReader = {
    text: (key) => cellText(cell(key)),
    optional: (key) => {
      const text = cellText(cell(key));
      return text === "" || text === "/" ? undefined : text;
    },
    amountFen: (key) => parseAmountFen(cell(key)) ?? bad(key),
    time: (key) => parseBeijingTime(cell(key)) ?? bad(key),
  };
  const fields = match.format.toRow(reader);
  if (fields.transactionId === "" || fields.transactionId === "/") bad("transactionId");
  return finish(fields, row.line);
}

function finish(fields: BillRowFields, sourceLine: number): BillRow {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) row[key] = value;
  const formulaLikeFields = TEXT_FIELDS.filter((field) => {
    const value = fields[field];
    return typeof value === "string" && isFormulaLike(value);
  });
  return { ...(row as unknown as BillRowFields), sourceLine, formulaLikeFields };
}
