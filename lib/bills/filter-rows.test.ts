import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, filterBillRows, parseBill, sortNewestFirst, toBillPreview, type BillRowView } from ".";
import { fixtureBytes } from "./testing/fixtures";

async function wechatRows(): Promise<BillRowView[]> {
  const preview = toBillPreview(await parseBill(fixtureBytes("example-wechat-records.csv")));
  if (!preview.ok) throw new Error(preview.message);
  return preview.rows;
}

const lines = (rows: BillRowView[]) => rows.map((row) => row.line);

describe("filterBillRows", () => {
  it("outgoing only by default: the 11 支出 rows", async () => {
    const rows = filterBillRows(await wechatRows(), EMPTY_FILTER);
    expect(rows).toHaveLength(11);
    expect(rows.every((row) => row.direction === "OUT")).toBe(true);
  });

  it("a date range is in Beijing days: 00:06 on 12-15 in Beijing is inside 12-15 (UTC still says 12-14)", async () => {
    const all = { ...EMPTY_FILTER, outgoingOnly: false };
    const rows = filterBillRows(await wechatRows(), { ...all, from: "2021-12-15", to: "2021-12-15" });
    expect(rows.map((row) => row.description)).toEqual(["测试 T+1", "测试 T-1"]);
  });

  it("counterparty, amount bounds and free text combine", async () => {
    const rows = await wechatRows();
    expect(lines(filterBillRows(rows, { ...EMPTY_FILTER, counterparty: "某餐厅" }))).toEqual([20, 35, 36]);
    expect(lines(filterBillRows(rows, { ...EMPTY_FILTER, minFen: 2816n, maxFen: 50_000n }))).toEqual([18, 21, 39, 42]);
    expect(lines(filterBillRows(rows, { ...EMPTY_FILTER, query: "美团订单" }))).toEqual([41, 42]);
    expect(lines(filterBillRows(rows, { ...EMPTY_FILTER, query: "XSFF-sd2021" }))).toEqual([34]);
    expect(filterBillRows(rows, { ...EMPTY_FILTER, query: "不存在的" })).toEqual([]);
  });

  it("sorts newest first", async () => {
    const sorted = sortNewestFirst(await wechatRows());
    expect(sorted[0]?.occurredAt).toBe("2024-06-07T15:40:27.000Z");
    expect(sorted.at(-1)?.occurredAt).toBe("2017-10-20T10:36:44.000Z");
    expect(sorted[0]!.line).toBeLessThan(sorted[1]!.line);
  });
});
