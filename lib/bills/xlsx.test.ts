import { deflateSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseBill, ZIP_LIMITS, type ParseBillResult } from ".";
import { BillParseError } from "./errors";
import { inflateEntry, readZipDirectory } from "./read-zip";
import { fixtureBytes, utf8 } from "./testing/fixtures";
import { buildZip } from "./testing/zip";
import { buildWechatXlsx } from "./testing/xlsx";

const failureCode = (result: ParseBillResult) => (result.ok ? "ok" : result.code);

describe("WeChat Pay xlsx layouts built with exceljs", () => {
  const rows = [
    {
      time: "2026-03-05 14:30:00",
      amount: 1234.56,
      direction: "支出",
      counterparty: "骗子甲",
      transactionId: "4200001",
    },
    { time: "2026-03-06 00:15:09", amount: 0.1, direction: "支出", counterparty: "骗子乙", transactionId: "4200002" },
    {
      time: "2026-03-07 08:00:00",
      amount: 28.159999999999997,
      direction: "收入",
      counterparty: "朋友",
      transactionId: "4200003",
    },
  ];

  it("2026-03: note row and number cells formatted \\¥#,##0.00, read exactly to fen", async () => {
    const result = await parseBill(await buildWechatXlsx(rows, { layout: "2026-03" }), "微信支付账单.xlsx");
    expect(result).toMatchObject({ ok: true, platform: "WECHAT_PAY" });
    if (!result.ok) return;
    expect(
      result.rows.map((row) => [row.occurredAt.toISOString(), row.amountFen, row.direction, row.transactionId]),
    ).toEqual([
      ["2026-03-05T06:30:00.000Z", 123_456n, "OUT", "4200001"],
      ["2026-03-05T16:15:09.000Z", 10n, "OUT", "4200002"],
      ["2026-03-07T00:00:00.000Z", 2816n, "IN", "4200003"],
    ]);
    expect(result.rows[0]?.sourceLine).toBe(19);
  });

  it("2025-07: text amounts with ¥ and thousands separators, no note row", async () => {
    const textRows = rows.map((row, i) => ({ ...row, amount: ["¥1,234.56", "¥0.10", "¥28.16"][i]! }));
    const result = await parseBill(await buildWechatXlsx(textRows, { layout: "2025-07" }));
    expect(result.ok && result.rows.map((row) => row.amountFen)).toEqual([123_456n, 10n, 2816n]);
    expect(result.ok && result.rows[0]?.sourceLine).toBe(18);
  });

  it("time as a date cell (a sheet re-saved by Excel) is still Beijing civil time", async () => {
    const dated = [{ ...rows[0]!, time: new Date(Date.UTC(2026, 2, 5, 14, 30, 0)) }];
    const result = await parseBill(await buildWechatXlsx(dated, { layout: "2026-03" }));
    expect(result.ok && result.rows[0]?.occurredAt.toISOString()).toBe("2026-03-05T06:30:00.000Z");
  });

  it("the bill sheet is found whichever sheet comes first", async () => {
    const result = await parseBill(await buildWechatXlsx(rows, { layout: "2026-03", extraSheetFirst: true }));
    expect(result.ok && result.rows).toHaveLength(3);
  });

  it("an xlsx without a bill sheet is not a bill; a zip without a workbook is unreadable", async () => {
    const notBill = zipSync({ "xl/workbook.xml": utf8("<workbook/>"), "readme.txt": utf8("hi") });
    expect(failureCode(await parseBill(notBill))).toBe("unreadable_spreadsheet");
    const plainZip = zipSync({ "notes.txt": utf8("hello") });
    expect(failureCode(await parseBill(plainZip))).toBe("unreadable_spreadsheet");
  });

  it("an xlsx cut short (interrupted download) is truncated", async () => {
    const bytes = fixtureBytes("example-wechat-records.xlsx");
    for (const keep of [0.25, 0.5, 0.9, 0.999]) {
      const result = await parseBill(bytes.subarray(0, Math.floor(bytes.length * keep)), "bill.xlsx");
      expect(failureCode(result)).toBe("truncated");
    }
  });
});

describe("xlsx bombs", () => {
  // 16 MiB of "<" deflates to about 16 KiB: the kernel every bomb below reuses.
  const kernelSize = 16 * 1024 * 1024;
  const kernel = deflateSync(new Uint8Array(kernelSize).fill(0x3c), { level: 9 });

  it("overlapping entries: a ~100 KB file that would inflate to 4 GiB is refused from the directory alone", async () => {
    const entries = Array.from({ length: 256 }, (_, i) => ({
      name: i === 0 ? "xl/workbook.xml" : `xl/worksheets/sheet${i}.xml`,
      method: 8 as const,
      data: kernel,
      declaredSize: kernelSize,
    }));
    const bomb = buildZip(entries, { shareData: true });
    expect(bomb.length).toBeLessThan(100_000);
    expect(entries.length * kernelSize).toBe(4 * 1024 ** 3);
    expect(() => readZipDirectory(bomb)).toThrow(BillParseError);
    const result = await parseBill(bomb, "bomb.xlsx");
    expect(result).toMatchObject({
      ok: false,
      code: "archive_too_large",
      messageKey: "bills.errors.archive_too_large",
    });
    // Proof that nothing was inflated: with a kernel that is not deflate data at all, inflating
    // any entry would fail as unreadable; the refusal comes first.
    const garbage = buildZip(
      entries.map((entry) => ({ ...entry, data: new Uint8Array(kernel.length).fill(0xff) })),
      { shareData: true },
    );
    expect(failureCode(await parseBill(garbage))).toBe("archive_too_large");
    const oneGarbageEntry = buildZip([{ ...entries[0]!, data: new Uint8Array(64).fill(0xff), declaredSize: 100 }]);
    expect(failureCode(await parseBill(oneGarbageEntry))).toBe("unreadable_spreadsheet");
  });

  it("many modest entries whose sum passes the limit are refused before any inflating", () => {
    const perEntry = ZIP_LIMITS.maxEntryBytes;
    const count = Math.floor(ZIP_LIMITS.maxTotalBytes / perEntry) + 1;
    const entries = Array.from({ length: count }, (_, i) => ({
      name: `xl/worksheets/sheet${i}.xml`,
      method: 8 as const,
      data: kernel,
      declaredSize: perEntry,
    }));
    expect(() => readZipDirectory(buildZip(entries, { shareData: true }))).toThrow(/would inflate to/);
  });

  it("a header that lies (declares 1 KiB, inflates to 16 MiB) stops within one step of the declared size", async () => {
    const liar = buildZip([{ name: "xl/workbook.xml", method: 8, data: kernel, declaredSize: 1024 }]);
    const [entry] = readZipDirectory(liar);
    const stats = { inflatedBytes: 0 };
    expect(() => inflateEntry(liar, entry!, stats)).toThrow(/inflates past its declared/);
    // One 1 KiB input step can yield at most ~1 MiB (deflate's ratio is below 1032:1).
    expect(stats.inflatedBytes).toBeLessThan(1024 + 1032 * 1024);
    expect(stats.inflatedBytes).toBeLessThan(kernelSize);
    expect(failureCode(await parseBill(liar))).toBe("archive_too_large");
  });

  it("a single entry declaring more than the per-entry limit is refused", () => {
    const big = buildZip([{ name: "xl/worksheets/sheet1.xml", method: 8, data: kernel, declaredSize: 0xfffffff0 }]);
    expect(() => readZipDirectory(big)).toThrow(/would inflate to 4294967280 bytes/);
  });
});
