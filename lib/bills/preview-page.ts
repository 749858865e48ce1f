import { toBillRowView, type BillRowView } from "./bill-row-view";
import { filterBillRows, sortNewestFirst } from "./filter-rows";
import { BILL_PAGE_SIZE, toRowFilter, type BillPageQuery } from "./preview-query";
import type { BillPlatform, ParseBillResult } from "./types";

/** Longest text sent per field in a preview (the import re-reads the file, whole). */
export const PREVIEW_TEXT_MAX = 200;
/** Counterparties offered in the filter: the most frequent, then alphabetical in the browser. */
export const PREVIEW_COUNTERPARTIES_MAX = 200;

export interface BillPreviewPage {
  ok: true;
  platform: BillPlatform;
  format: string;
  /** Rows in the file; rows the filter lets through. */
  total: number;
  shown: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** The whole file, whatever the filter: how many rows and how much per use. */
  counts: { payment: number; recovery: number; none: number };
  totals: { paymentFen: string; recoveryFen: string };
  counterparties: string[];
  /** This page of the filtered rows, newest first. */
  rows: BillRowView[];
}

export type BillPreviewAnswer = BillPreviewPage | Extract<ParseBillResult, { ok: false }>;

const cut = (text: string) => (text.length > PREVIEW_TEXT_MAX ? `${text.slice(0, PREVIEW_TEXT_MAX - 1)}…` : text);
const cutOrNull = (text: string | null) => (text === null ? null : cut(text));

function shortened(row: BillRowView): BillRowView {
  return {
    ...row,
    counterparty: cut(row.counterparty),
    counterpartyAccount: cutOrNull(row.counterpartyAccount),
    description: cut(row.description),
    method: cutOrNull(row.method),
    status: cut(row.status),
    transactionId: cut(row.transactionId),
    merchantOrderId: cutOrNull(row.merchantOrderId),
    note: cutOrNull(row.note),
    category: cutOrNull(row.category),
  };
}

/**
 * One page of a parsed bill, with the whole file's counts and totals: what the browser shows,
 * never the whole file (issue 23: a 62,505-row bill was 24 MB of JSON). Pure.
 */
export function billPreviewPage(result: ParseBillResult, query: BillPageQuery): BillPreviewAnswer {
  if (!result.ok) return result;
  const views = sortNewestFirst(result.rows.map(toBillRowView));
  const counts = { payment: 0, recovery: 0, none: 0 };
  let paymentFen = 0n;
  let recoveryFen = 0n;
  const named = new Map<string, number>();
  for (const row of views) {
    if (row.use === "payment") {
      counts.payment++;
      paymentFen += BigInt(row.amountFen);
    } else if (row.use === "recovery") {
      counts.recovery++;
      recoveryFen += BigInt(row.amountFen);
    } else counts.none++;
    if (row.counterparty) named.set(row.counterparty, (named.get(row.counterparty) ?? 0) + 1);
  }
  const counterparties = [...named]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, PREVIEW_COUNTERPARTIES_MAX)
    .map(([name]) => name)
    .filter((name) => name.length <= PREVIEW_TEXT_MAX);
  const shown = filterBillRows(views, toRowFilter(query));
  const pageCount = Math.max(1, Math.ceil(shown.length / BILL_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return {
    ok: true,
    platform: result.platform,
    format: result.format,
    total: views.length,
    shown: shown.length,
    page,
    pageCount,
    pageSize: BILL_PAGE_SIZE,
    counts,
    totals: { paymentFen: paymentFen.toString(), recoveryFen: recoveryFen.toString() },
    counterparties,
    rows: shown.slice((page - 1) * BILL_PAGE_SIZE, page * BILL_PAGE_SIZE).map(shortened),
  };
}
