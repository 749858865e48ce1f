import ExcelJS from "exceljs";

export const WECHAT_COLUMNS = [
  "交易时间",
  "交易类型",
  "交易对方",
  "商品",
  "收/支",
  "金额(元)",
  "支付方式",
  "当前状态",
  "交易单号",
  "商户单号",
  "备注",
] as const;

export interface XlsxBillRow {
  time: string | Date;
  /** A string is written as text (the 2025-07 layout: "¥28.16"); a number as a number cell. */
  amount: string | number;
  direction: string;
  counterparty: string;
  transactionId: string;
}

/**
 * A WeChat Pay xlsx as exceljs writes it: the 2025-07 layout (text amounts), or with `layout:
 * "2026-03"` the extra UTC+08:00 note row and number amounts formatted `\¥#,##0.00`.
 */
export async function buildWechatXlsx(
  rows: XlsxBillRow[],
  options: { layout: "2025-07" | "2026-03"; extraSheetFirst?: boolean },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (options.extraSheetFirst) workbook.addWorksheet("说明").addRow(["这不是账单"]);
  const sheet = workbook.addWorksheet("Sheet1");
  const preamble = [
    "微信支付账单明细",
    "微信昵称：[测试]",
    "起始时间：[2026-03-01 00:00:00] 终止时间：[2026-03-31 23:59:59]",
    "导出类型：[全部]",
    "导出时间：[2026-04-01 10:00:00]",
    "",
    "共999笔记录",
    "收入：0笔 0.00元",
    "支出：2笔 1.00元",
    "中性交易：0笔 0.00元",
    "注：",
    "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
    "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
    "3. 本明细仅供个人对账使用",
    ...(options.layout === "2026-03" ? ["4. 本账单中所有时间均为UTC+08:00时间"] : []),
    "",
    "----------------------微信支付账单明细列表--------------------",
  ];
  for (const line of preamble) sheet.addRow([line]);
  sheet.addRow([...WECHAT_COLUMNS]);
  for (const row of rows) {
    const added = sheet.addRow([
      row.time,
      "转账",
      row.counterparty,
      "/",
      row.direction,
      row.amount,
      "零钱",
      "支付成功",
      `${row.transactionId}\t`,
      "/\t",
      "/",
    ]);
    if (typeof row.amount === "number") added.getCell(6).numFmt = "\\¥#,##0.00";
    if (row.time instanceof Date) added.getCell(1).numFmt = "yyyy-mm-dd hh:mm:ss";
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
