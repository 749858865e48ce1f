import { directionFrom, type BillFormat } from "./format";

/**
 * 支付宝 web "交易记录明细查询" txt/csv (GBK): 交易号 first, 交易创建时间 and 付款时间, amounts in
 * 金额（元）, no payment-method column; the summary follows a `-----` line after the data.
 */
export const alipayWeb: BillFormat = {
  id: "alipay-web",
  platform: "ALIPAY",
  label: "支付宝交易记录明细",
  columns: [
    { key: "transactionId", names: ["交易号"], required: true },
    { key: "merchantOrderId", names: ["商家订单号", "商户订单号"] },
    { key: "createdAt", names: ["交易创建时间"], required: true },
    { key: "paidAt", names: ["付款时间"] },
    { key: "type", names: ["类型"] },
    { key: "counterparty", names: ["交易对方"], required: true },
    { key: "goods", names: ["商品名称"], required: true },
    { key: "amount", names: ["金额(元)", "金额"], required: true },
    { key: "direction", names: ["收/支"], required: true },
    { key: "status", names: ["交易状态"], required: true },
    { key: "note", names: ["备注"] },
  ],
  toRow: (row) => ({
    // The payment time is when money moved; an unpaid (closed) order only has its creation time.
    occurredAt: row.optional("paidAt") ? row.time("paidAt") : row.time("createdAt"),
    direction: directionFrom(row.text("direction"), ["支出"], ["收入"]),
    amountFen: row.amountFen("amount"),
    counterparty: row.optional("counterparty") ?? "",
    description: row.optional("goods") ?? "",
    status: row.text("status"),
    transactionId: row.text("transactionId"),
    merchantOrderId: row.optional("merchantOrderId"),
    note: row.optional("note"),
    category: row.optional("type"),
  }),
};
