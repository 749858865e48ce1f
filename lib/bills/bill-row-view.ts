import { billRowUse, type BillRowUse } from "./row-use";
import type { BillDirection, BillPlatform, BillRow, BillTextField, ParseBillResult } from "./types";

/**
 * A BillRow as JSON can carry it to the browser: the instant as ISO text, fen as decimal text
 * (JSON has no bigint, and a float must never hold money). Text stays text; the UI renders it
 * with React, never as HTML.
 */
export interface BillRowView {
  /** Stable within one file: the source line. The server re-parses the file and picks by it. */
  line: number;
  occurredAt: string;
  direction: BillDirection;
  /** What picking it does (lib/bills/row-use); null: it cannot be picked. */
  use: BillRowUse;
  amountFen: string;
  counterparty: string;
  counterpartyAccount: string | null;
  description: string;
  method: string | null;
  status: string;
  transactionId: string;
  merchantOrderId: string | null;
  note: string | null;
  category: string | null;
  formulaLikeFields: BillTextField[];
}

export type BillPreview =
  { ok: true; platform: BillPlatform; format: string; rows: BillRowView[] } | Extract<ParseBillResult, { ok: false }>;

export function toBillRowView(row: BillRow): BillRowView {
  return {
    line: row.sourceLine,
    occurredAt: row.occurredAt.toISOString(),
    direction: row.direction,
    use: billRowUse(row),
    amountFen: row.amountFen.toString(),
    counterparty: row.counterparty,
    counterpartyAccount: row.counterpartyAccount ?? null,
    description: row.description,
    method: row.method ?? null,
    status: row.status,
    transactionId: row.transactionId,
    merchantOrderId: row.merchantOrderId ?? null,
    note: row.note ?? null,
    category: row.category ?? null,
    formulaLikeFields: row.formulaLikeFields,
  };
}

export function toBillPreview(result: ParseBillResult): BillPreview {
  if (!result.ok) return result;
  return { ok: true, platform: result.platform, format: result.format, rows: result.rows.map(toBillRowView) };
}
