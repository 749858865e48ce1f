import type { BillDirection, BillPlatform, BillRow } from "../types";

/** What a format reads from one data row, by column key; the engine resolves keys to cells. */
export interface RowReader {
  /** Display text, "" when the column is absent or empty. */
  text(key: string): string;
  /** Display text, undefined when absent, empty or the platforms' "/" placeholder. */
  optional(key: string): string | undefined;
  amountFen(key: string): bigint;
  time(key: string): Date;
}

export interface BillColumn {
  key: string;
  /** Names as they appear in the column row, compared after NFKC and without spaces. */
  names: readonly string[];
  required?: boolean;
}

export type BillRowFields = Omit<BillRow, "sourceLine" | "formulaLikeFields">;

/**
 * One export layout. Adding a layout is one file exporting one of these, listed in ./index.ts.
 * Column order never matters; the column row is found by its names wherever it is.
 */
export interface BillFormat {
  id: string;
  platform: BillPlatform;
  /** For messages: what this format's file is called. */
  label: string;
  columns: readonly BillColumn[];
  toRow(row: RowReader): BillRowFields;
}

export function directionFrom(text: string, outValues: readonly string[], inValues: readonly string[]): BillDirection {
  if (outValues.includes(text)) return "OUT";
  if (inValues.includes(text)) return "IN";
  // 不计收支, 其他, "/" and empty: top-ups, withdrawals, transfers between one's own accounts.
  return "NEUTRAL";
}
