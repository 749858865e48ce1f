import { directionFrom, type BillFormat } from "./format";

/**
 * 支付宝 mobile "交易明细" CSV (GBK). Covers, by column names alone:
 * - 2023-02 onwards: preamble first, 交易时间 the first column, 不计收支, trailing comma;
 *   the 2025-10 rule text (支付宝支付科技有限公司) and the 2026 shorter preamble;
 * - before 2023: starts at the 电子客户回单 rule, 收/支 first and 交易时间 last, 其他 for
 *   neutral, and the summary after the data (the engine stops at the `-----` line).
 */
export const alipayMobile: BillFormat = {
  id: "alipay-mobile",
  platform: "ALIPAY",
  label: "支付宝交易明细",
  columns: [
    { key: "time", names: ["交易时间"], required: true },
    { key: "category", names: ["交易分类"] },
    { key: "counterparty", names: ["交易对方"], required: true },
    { key: "counterpartyAccount", names: ["对方账号"] },
    { key: "goods", names: ["商品说明"], required: true },
    { key: "direction", names: ["收/支"], required: true },
    { key: "amount", names: ["金额", "金额(元)"], required: true },
    { key: "method", names: ["收/付款方式"] },
    { key: "status", names: ["交易状态"], required: true },
    { key: "transactionId", names: ["交易订单号"], required: true },
    { key: "merchantOrderId", names: ["商家订单号"] },
    { key: "note", names: ["备注"] },
  ],
  toRow: (row) => ({
    occurredAt: row.time("time"),
    direction: directionFrom(row.text("direction"), ["支出"], ["收入"]),
    amountFen: row.amountFen("amount"),
    counterparty: row.optional("counterparty") ?? "",
    counterpartyAccount: row.optional("counterpartyAccount"),
    description: row.optional("goods") ?? "",
    method: row.optional("method"),
    status: row.text("status"),
    transactionId: row.text("transactionId"),
    merchantOrderId: row.optional("merchantOrderId"),
    note: row.optional("note"),
    category: row.optional("category"),
  }),
};
