import { directionFrom, type BillFormat } from "./format";

/**
 * 微信支付账单明细: the CSV (UTF-8, 16-line preamble) and the xlsx (2025-07 on; from 2026-03 with a
 * UTC+08:00 note row and a number cell for the amount). The same eleven columns in all of them.
 */
export const wechatPay: BillFormat = {
  id: "wechat-pay",
  platform: "WECHAT_PAY",
  label: "微信支付账单明细",
  columns: [
    { key: "time", names: ["交易时间"], required: true },
    { key: "type", names: ["交易类型"], required: true },
    { key: "counterparty", names: ["交易对方"], required: true },
    { key: "goods", names: ["商品"] },
    { key: "direction", names: ["收/支"], required: true },
    { key: "amount", names: ["金额(元)", "金额"], required: true },
    { key: "method", names: ["支付方式"] },
    { key: "status", names: ["当前状态"], required: true },
    { key: "transactionId", names: ["交易单号"], required: true },
    { key: "merchantOrderId", names: ["商户单号"] },
    { key: "note", names: ["备注"] },
  ],
  toRow: (row) => ({
    occurredAt: row.time("time"),
    direction: directionFrom(row.text("direction"), ["支出"], ["收入"]),
    amountFen: row.amountFen("amount"),
    counterparty: row.optional("counterparty") ?? "",
    description: row.optional("goods") ?? "",
    method: row.optional("method"),
    status: row.text("status"),
    transactionId: row.text("transactionId"),
    merchantOrderId: row.optional("merchantOrderId"),
    note: row.optional("note"),
    category: row.optional("type"),
  }),
};
