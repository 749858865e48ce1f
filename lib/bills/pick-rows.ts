import type { MessageKey } from "@/lib/i18n/translator";
import { billRowUse } from "./row-use";
import type { BillRow } from "./types";

export type PickFailureCode = "nothing_picked" | "rows_not_in_bill" | "not_pickable";

export type PickedRows =
  | { ok: true; payments: BillRow[]; recoveries: BillRow[] }
  | {
      ok: false;
      code: PickFailureCode;
      message: string;
      messageKey: MessageKey;
      params?: Record<string, string | number>;
    };

const refuse = (code: PickFailureCode, message: string, params?: Record<string, string | number>): PickedRows => ({
  ok: false,
  code,
  message,
  messageKey: `bills.import.${code}`,
  ...(params ? { params } : {}),
});

const chronological = (a: BillRow, b: BillRow) =>
  a.occurredAt.getTime() - b.occurredAt.getTime() || a.sourceLine - b.sourceLine;

/**
 * The picked source lines of a parsed bill, split by what they become (lib/bills/row-use):
 * payments out and money back, each earliest first. A line that is not a row, or a row that is
 * neither (a top-up, a withdrawal), refuses the whole pick. Pure.
 */
export function pickRows(rows: readonly BillRow[], lines: readonly number[]): PickedRows {
  if (lines.length === 0) return refuse("nothing_picked", "no rows picked");
  const byLine = new Map(rows.map((row) => [row.sourceLine, row]));
  const payments: BillRow[] = [];
  const recoveries: BillRow[] = [];
  for (const line of new Set(lines)) {
    const row = byLine.get(line);
    if (!row) return refuse("rows_not_in_bill", `line ${line} is not a row of this bill`);
    const use = billRowUse(row);
    if (use === null) return refuse("not_pickable", `line ${line} moves money between own accounts`, { line });
    (use === "payment" ? payments : recoveries).push(row);
  }
  return { ok: true, payments: payments.sort(chronological), recoveries: recoveries.sort(chronological) };
}
