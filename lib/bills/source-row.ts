/** A number cell's text exactly as the sheet stores it ("28.16", "1E-2"): never a float. */
export class NumericCell {
  constructor(readonly text: string) {}
}

export type Cell = string | NumericCell | Date | boolean | null;

/** A record from a CSV line or a sheet row, with its 1-based line/row number in the file. */
export interface SourceRow {
  line: number;
  cells: readonly Cell[];
}
