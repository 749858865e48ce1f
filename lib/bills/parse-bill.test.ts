import { describe, expect, it } from "vitest";
import { parseBill, type BillRow, type ParseBillResult } from ".";
import { fixtureBytes } from "./testing/fixtures";

function rowsOf(result: ParseBillResult): BillRow[] {
  if (!result.ok) throw new Error(`expected rows, got ${result.code}: ${result.message}`);
  return result.rows;
}

const withoutLine = ({ sourceLine: _line, ...row }: BillRow) => row;

describe("WeChat Pay CSV fixture", () => {
  it("reads every row, not the 43 the header block claims", async () => {
    const result = await parseBill(fixtureBytes("example-wechat-records.csv"), "example-wechat-records.csv");
    expect(result).toMatchObject({ ok: true, platform: "WECHAT_PAY", format: "wechat-pay" });
    expect(rowsOf(result)).toHaveLength(27);
  });

  it("reads the first row field by field: Beijing time as an instant, fen, ids without the tab", async () => {
    const [first] = rowsOf(await parseBill(fixtureBytes("example-wechat-records.csv")));
    expect(first).toEqual({
      occurredAt: new Date("2019-09-26T12:45:27+08:00"),
      direction: "OUT",
      amountFen: 2816n,
      counterparty: "云膳过桥米线(传奇广场店)",
      description: "总共消费:28.16",
      method: "中国银行(1234)",
      status: "支付成功",
      transactionId: "3985734",
      merchantOrderId: "129847129",
      category: "商户消费",
      sourceLine: 18,
      formulaLikeFields: [],
    });
  });

  it("maps 收/支 to directions, one-decimal and ¥ amounts to fen, and / to absent", async () => {
    const rows = rowsOf(await parseBill(fixtureBytes("example-wechat-records.csv")));
    expect(rows.map((row) => row.direction)).toEqual([
      ...["OUT", "IN", "OUT", "OUT", "IN"],
      ...Array<string>(11).fill("NEUTRAL"),
      ...["OUT", "OUT", "OUT", "IN", "IN", "OUT", "IN", "OUT", "OUT", "OUT", "OUT"],
    ]);
    const half = rows.find((row) => row.description === "美团订单-54321");
    expect(half?.amountFen).toBe(5000n);
    const withdrawal = rows.find((row) => row.transactionId === "207210715100077148235523883175");
    expect(withdrawal).toMatchObject({ amountFen: 10010n, note: "服务费¥0.10", direction: "NEUTRAL" });
    expect(withdrawal?.merchantOrderId).toBeUndefined();
    expect(rows.reduce((sum, row) => sum + row.amountFen, 0n)).toBe(2_903_391n);
  });

  it("trims ids padded with spaces instead of tabs, and keeps quotes inside unquoted text", async () => {
    const rows = rowsOf(await parseBill(fixtureBytes("example-wechat-records.csv")));
    expect(rows.find((row) => row.category === "亲属卡交易")).toMatchObject({
      transactionId: "42000011202110191201583411",
      merchantOrderId: "XSFF-SD2021101916055813620",
    });
    expect(rows.find((row) => row.amountFen === 7n)).toMatchObject({
      counterparty: '打开拼多多，点击底部"多多视频"',
      transactionId: "160572459521071810106004542906137497131422937",
      merchantOrderId: "10101265586742107189275763431048",
    });
    for (const row of rows) expect(row.transactionId).toMatch(/^\S+$/);
  });

  it("keeps Beijing civil time across the UTC date line (00:06 Beijing is the previous day in UTC)", async () => {
    const rows = rowsOf(await parseBill(fixtureBytes("example-wechat-records.csv")));
    expect(rows.find((row) => row.description === "测试 T+1")?.occurredAt.toISOString()).toBe(
      "2021-12-14T16:06:35.000Z",
    );
  });
});

describe("WeChat Pay xlsx fixture", () => {
  it("reads the active 2026-03 sheet (note row, number amounts) to the same rows as the CSV", async () => {
    const xlsx = await parseBill(fixtureBytes("example-wechat-records.xlsx"), "bill.xlsx");
    const csv = await parseBill(fixtureBytes("example-wechat-records.csv"));
    expect(xlsx).toMatchObject({ ok: true, platform: "WECHAT_PAY" });
    expect(rowsOf(xlsx).map(withoutLine)).toEqual(rowsOf(csv).map(withoutLine));
    expect(rowsOf(xlsx)[0]?.sourceLine).toBe(19);
  });
});

describe("Alipay CSV fixture (GBK, 2023+ mobile layout)", () => {
  it("reads ten rows, not the 66 the header block claims", async () => {
    const result = await parseBill(fixtureBytes("example-alipay-records.csv"), "alipay.csv");
    expect(result).toMatchObject({ ok: true, platform: "ALIPAY", format: "alipay-mobile" });
    expect(rowsOf(result)).toHaveLength(10);
  });

  it("decodes GBK and strips the fixed-width padding and the tab after ids", async () => {
    const [first, second] = rowsOf(await parseBill(fixtureBytes("example-alipay-records.csv")));
    expect(first).toEqual({
      occurredAt: new Date("2023-02-12T21:32:14+08:00"),
      direction: "OUT",
      amountFen: 4974n,
      counterparty: "xxxxxxxxxxxx",
      description: "亲情卡",
      method: "交通银行信用卡(7449)",
      status: "交易成功",
      transactionId: "202302xxxxxx0011000103xxxxxx",
      merchantOrderId: "20230xxxxxxx014741014xxxxxx",
      category: "亲友代付",
      sourceLine: 26,
      formulaLikeFields: [],
    });
    expect(second).toMatchObject({ counterpartyAccount: "rim***@qq.com", status: "等待确认收货" });
  });

  it("treats 不计收支 as neutral, an empty 商家订单号 (spaces and a tab) and empty 收/付款方式 as absent", async () => {
    const rows = rowsOf(await parseBill(fixtureBytes("example-alipay-records.csv")));
    expect(rows.map((row) => row.direction)).toEqual([
      ...["OUT", "OUT", "NEUTRAL", "NEUTRAL", "IN"],
      ...["NEUTRAL", "NEUTRAL", "OUT", "OUT", "OUT"],
    ]);
    expect(rows[3]?.merchantOrderId).toBeUndefined();
    expect(rows[5]?.method).toBeUndefined();
    expect(rows[4]?.amountFen).toBe(22_222_850n);
  });
});

describe("other platforms' files", () => {
  it.each(["example-jd-records.csv", "example-mt-records.csv", "example-icbc-credit-records.csv"])(
    "%s is refused as not a WeChat Pay or Alipay bill",
    async (name) => {
      const result = await parseBill(fixtureBytes(name), name);
      expect(result).toMatchObject({ ok: false, code: "not_a_bill", messageKey: "bills.errors.not_a_bill" });
      if (!result.ok) expect(result.message).toContain("WeChat Pay");
    },
  );
});
