import { describe, expect, it } from "vitest";
import { parseBill, type BillRow } from ".";
import { billRowUse } from "./row-use";
import { fixtureBytes } from "./testing/fixtures";

async function rows(name: string): Promise<BillRow[]> {
  const result = await parseBill(fixtureBytes(name));
  if (!result.ok) throw new Error(result.message);
  return result.rows;
}

describe("what a picked row becomes", () => {
  it("WeChat: 支出 are payments, 收入 money back, the neutral moves (提现, 充值, 零钱通) nothing", async () => {
    const wechat = await rows("example-wechat-records.csv");
    for (const row of wechat) {
      const expected = row.direction === "OUT" ? "payment" : row.direction === "IN" ? "recovery" : null;
      expect([row.sourceLine, billRowUse(row)]).toEqual([row.sourceLine, expected]);
    }
    expect(wechat.filter((row) => billRowUse(row) === null).map((row) => row.category)).toContain("零钱提现");
  });

  it("Alipay: a 退款 booked as 不计收支 is money back; a move to 余额宝 or a closed order is not", async () => {
    const alipay = await rows("example-alipay-records.csv");
    const use = (description: string) => billRowUse(alipay.find((row) => row.description === description)!);
    expect(use("退款-亲情卡")).toBe("recovery");
    expect(use("退款-一卡通充值")).toBe("recovery");
    expect(use("蚂蚁财富-交银定期支付双息平衡混合-卖出至余额宝")).toBeNull();
    expect(use("转账")).toBe("recovery");
    expect(use("亲情卡")).toBe("payment");
    const closedNeutral = alipay.find((row) => row.direction === "NEUTRAL" && row.status === "交易关闭");
    expect(closedNeutral && billRowUse(closedNeutral)).toBeNull();
  });
});
