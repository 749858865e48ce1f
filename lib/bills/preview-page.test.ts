import { describe, expect, test } from "vitest";
import { parseBill } from "./parse-bill";
import { billPreviewPage, PREVIEW_TEXT_MAX } from "./preview-page";
import { decodeBillPageQuery, encodeBillPageQuery, FIRST_PAGE } from "./preview-query";
import { fixtureBytes, utf8, wechatCsvText } from "./testing/fixtures";

describe("billPreviewPage", () => {
  test("the fixture: counts and totals of the whole file, a filtered page newest first", async () => {
    const parsed = await parseBill(fixtureBytes("example-wechat-records.csv"));
    const page = billPreviewPage(parsed, { ...FIRST_PAGE, outgoingOnly: false });
    if (!page.ok) throw new Error(page.message);
    expect(page.total).toBe(27);
    expect(page.shown).toBe(27);
    expect(page.counts.payment + page.counts.recovery + page.counts.none).toBe(27);
    const outgoing = billPreviewPage(parsed, FIRST_PAGE);
    if (!outgoing.ok) throw new Error(outgoing.message);
    // The e2e journey's numbers: 11 of 27 shown by default.
    expect(outgoing.shown).toBe(11);
    expect(outgoing.total).toBe(27);
    expect(outgoing.counts).toEqual(page.counts);
    const times = outgoing.rows.map((row) => Date.parse(row.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // A page past the end is the last page.
    const past = billPreviewPage(parsed, { ...FIRST_PAGE, page: 99 });
    expect(past.ok && past.page).toBe(1);
  });

  test("long text is cut for the preview (the import reads the file itself)", async () => {
    const text = wechatCsvText().replace("云膳过桥米线(传奇广场店)", "长".repeat(5_000));
    const page = billPreviewPage(await parseBill(utf8(text)), { ...FIRST_PAGE, outgoingOnly: false });
    if (!page.ok) throw new Error(page.message);
    const long = page.rows.find((row) => row.counterparty.startsWith("长"));
    expect(long?.counterparty).toHaveLength(PREVIEW_TEXT_MAX);
    expect(long?.counterparty.endsWith("…")).toBe(true);
    expect(page.counterparties.some((name) => name.startsWith("长"))).toBe(false);
  });

  test("a failure passes through unchanged", async () => {
    const failure = await parseBill(new Uint8Array(0));
    expect(billPreviewPage(failure, FIRST_PAGE)).toEqual(failure);
  });
});

describe("the page query header", () => {
  test("round-trips, defaults when absent, refuses the malformed", () => {
    const query = { ...FIRST_PAGE, page: 3, query: "云膳，50%", minFen: "100" };
    expect(decodeBillPageQuery(encodeBillPageQuery(query))).toEqual(query);
    expect(decodeBillPageQuery(null)).toEqual(FIRST_PAGE);
    expect(decodeBillPageQuery("%E0%A4%A")).toBeNull();
    expect(decodeBillPageQuery(encodeBillPageQuery({ ...query, page: 0 }))).toBeNull();
    expect(decodeBillPageQuery(encodeURIComponent(JSON.stringify({ ...query, minFen: "1.5" })))).toBeNull();
  });
});

describe("hostile text", () => {
  test("a line longer than any bill's is refused before CSV parsing", async () => {
    const { oneLineCsv } = await import("./testing/big-bills");
    const result = await parseBill(oneLineCsv(9 * 1024 * 1024));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe("not_a_bill");
    expect(!result.ok && result.message).toMatch(/a line of \d+ characters/);
  });
});
