import { parseWallTimeText } from "@/lib/forms/wall-time-text";
import type { BillRowView } from "./bill-row-view";

export interface BillRowFilter {
  /** Free text: counterparty, account, description, transaction and order numbers, note. */
  query: string;
  /** Beijing civil dates, YYYY-MM-DD, both inclusive; "" for open. */
  from: string;
  to: string;
  /** Exact counterparty as shown; "" for any. */
  counterparty: string;
  minFen: bigint | null;
  maxFen: bigint | null;
  outgoingOnly: boolean;
}

export const EMPTY_FILTER: BillRowFilter = {
  query: "",
  from: "",
  to: "",
  counterparty: "",
  minFen: null,
  maxFen: null,
  outgoingOnly: true,
};

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The Beijing calendar date of an instant (no DST in China since 1991: a fixed +08:00). */
export function beijingDate(iso: string): string {
  return new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

const fold = (text: string) => text.normalize("NFKC").toLowerCase();

/** Pure: the rows the filter lets through, in the order given. */
export function filterBillRows(rows: readonly BillRowView[], filter: BillRowFilter): BillRowView[] {
  const needle = fold(filter.query.trim());
  // Typed text ("2021/12/15"); a date not finished yet filters nothing.
  const from = parseWallTimeText(filter.from, "date");
  const to = parseWallTimeText(filter.to, "date");
  return rows.filter((row) => {
    if (filter.outgoingOnly && row.direction !== "OUT") return false;
    const day = beijingDate(row.occurredAt);
    if (from && day < from) return false;
    if (to && day > to) return false;
    if (filter.counterparty && row.counterparty !== filter.counterparty) return false;
    const fen = BigInt(row.amountFen);
    if (filter.minFen !== null && fen < filter.minFen) return false;
    if (filter.maxFen !== null && fen > filter.maxFen) return false;
    if (!needle) return true;
    const haystack = [
      row.counterparty,
      row.counterpartyAccount,
      row.description,
      row.transactionId,
      row.merchantOrderId,
      row.note,
      row.category,
    ];
    return haystack.some((text) => text !== null && fold(text).includes(needle));
  });
}

/** Newest first, as the apps list them; ties keep file order. */
export function sortNewestFirst(rows: readonly BillRowView[]): BillRowView[] {
  return [...rows].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || a.line - b.line);
}
