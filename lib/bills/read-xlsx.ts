import { zipSync } from "fflate";
import readXlsxFile from "read-excel-file/universal";
import { BillParseError } from "./errors";
import { inflateEntry, readZipDirectory } from "./read-zip";
import { NumericCell, type Cell, type SourceRow } from "./source-row";

export interface XlsxSheet {
  name: string;
  rows: SourceRow[];
}

/**
 * Reads every sheet, the workbook's active sheet first. The zip is inflated here, under the limits
 * of read-zip, and handed to read-excel-file re-packed without compression: the library then only
 * copies bytes and never inflates anything a bomb could control.
 */
export async function readXlsxSheets(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const entries = readZipDirectory(bytes);
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    files[entry.name] = inflateEntry(bytes, entry);
  }
  if (!files["xl/workbook.xml"]) {
    throw new BillParseError("unreadable_spreadsheet", "a zip file but not an xlsx workbook");
  }
  const stored = zipSync(files, { level: 0 });
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(stored.buffer as ArrayBuffer, {
      trim: false,
      // Keep a number cell's stored text: amounts must never pass through a float.
      parseNumber: (text: string) => new NumericCell(text),
    })) as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    throw new BillParseError("unreadable_spreadsheet", `xlsx not readable: ${(error as Error).message}`);
  }
  const active = activeSheetIndex(new TextDecoder().decode(files["xl/workbook.xml"]));
  const ordered = sheets.map((sheet, index) => ({ sheet, index }));
  ordered.sort((a, b) => Number(b.index === active) - Number(a.index === active));
  return ordered.map(({ sheet }) => ({
    name: sheet.sheet,
    rows: sheet.data.map((cells, index) => ({ line: index + 1, cells: cells.map(toCell) })),
  }));
}

function activeSheetIndex(workbookXml: string): number {
  const match = /<(?:\w+:)?workbookView\b[^>]*\bactiveTab="(\d+)"/.exec(workbookXml);
  return match ? Number(match[1]) : 0;
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof NumericCell || value instanceof Date) return value;
  return String(value);
}
