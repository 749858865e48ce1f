import type { BillRow } from "./types";

/**
 * What a picked row becomes on a case:
 * - "payment": money the user paid out (支出): one of the case's payments, part of the amount at stake;
 * - "recovery": money that came back (收入, or a 退款 the platform books as 不计收支, as Alipay does):
 *   recorded as money recovered, so "at stake vs recovered" stays right;
 * - null: the rest of 不计收支 / `/` — top-ups, withdrawals, moves to 余额宝 or 零钱通, closed
 *   orders — money moving between the user's own accounts, neither lost nor recovered. Not pickable.
 */
export type BillRowUse = "payment" | "recovery" | null;

export function billRowUse(row: Pick<BillRow, "direction" | "status" | "category" | "description">): BillRowUse {
  if (row.direction === "OUT") return "payment";
  if (row.direction === "IN") return "recovery";
  const refund = row.category === "退款" || row.description.startsWith("退款") || row.status.includes("退款成功");
  return refund ? "recovery" : null;
}
