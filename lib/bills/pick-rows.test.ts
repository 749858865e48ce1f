import { describe, expect, it } from "vitest";
import { parseBill, type BillRow } from ".";
import { pickRows } from "./pick-rows";
import { fixtureBytes } from "./testing/fixtures";

async function wechatRows(): Promise<BillRow[]> {
  const result = await parseBill(fixtureBytes("example-wechat-records.csv"));
  if (!result.ok) throw new Error(result.message);
  return result.rows;
}

describe("picking lines of a bill", () => {
  it("splits payments out from money back, each earliest first, a line picked twice once", async () => {
    const picked = pickRows(await wechatRows(), [21, 22, 18, 19, 21]);
    if (!picked.ok) throw new Error(picked.code);
    expect(picked.payments.map((row) => row.sourceLine)).toEqual([18, 21]);
    expect(picked.recoveries.map((row) => row.sourceLine)).toEqual([19, 22]);
  });

  it("refuses nothing, a line that is no row, and a move between own accounts, naming the line", async () => {
    const rows = await wechatRows();
    expect(pickRows(rows, [])).toMatchObject({ ok: false, code: "nothing_picked" });
    expect(pickRows(rows, [18, 17])).toMatchObject({ ok: false, code: "rows_not_in_bill" });
    expect(pickRows(rows, [18, 24])).toMatchObject({
      ok: false,
      code: "not_pickable",
      messageKey: "bills.import.not_pickable",
      params: { line: 24 },
    });
  });
});
