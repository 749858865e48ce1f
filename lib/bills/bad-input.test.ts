import { describe, expect, it } from "vitest";
import { MAX_BILL_BYTES, neutraliseFormula, parseBill, type BillRow, type ParseBillResult } from ".";
import { alipayCsvText, fixtureBytes, utf8, wechatCsvText } from "./testing/fixtures";
import { encodeGbk } from "./testing/gbk";

const failureCode = (result: ParseBillResult) => (result.ok ? "ok" : result.code);
const withoutLine = ({ sourceLine: _line, ...row }: BillRow) => row;

describe("files that are not a bill", () => {
  it.each<[string, Uint8Array, string]>([
    ["empty", new Uint8Array(0), "empty_file"],
    ["too large", new Uint8Array(MAX_BILL_BYTES + 1).fill(0x41), "file_too_large"],
    ["a PDF", utf8("%PDF-1.7\n1 0 obj\n"), "not_a_bill"],
    ["a PNG", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "not_a_bill"],
    ["an old .xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "unreadable_spreadsheet"],
    ["plain text", utf8("hello, world\nthis is a note\n"), "not_a_bill"],
    ["a CSV of something else", utf8("name,email\nAda,ada@example.com\n"), "not_a_bill"],
    ["only the WeChat header block", utf8(wechatCsvText().split("交易时间,交易类型")[0]!), "not_a_bill"],
  ])("%s → %s", async (_name, bytes, code) => {
    const result = await parseBill(bytes, "upload.bin");
    expect(failureCode(result)).toBe(code);
    expect(result.ok || result.messageKey).toBe(`bills.errors.${code}`);
  });

  it("names what was expected in the log message", async () => {
    const result = await parseBill(utf8("a,b\n1,2\n"), "notes.csv");
    expect(result.ok ? "" : result.message).toMatch(/^notes\.csv: .*WeChat Pay.*Alipay/);
  });

  it("random bytes never throw and never give a 500: every outcome is a coded failure", async () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let i = 0; i < 200; i += 1) {
      const bytes = new Uint8Array(1 + (i % 50) * 13).map(random);
      const result = await parseBill(bytes);
      expect(result.ok).toBe(false);
    }
  });
});

describe("wrong encodings", () => {
  it("UTF-16 (Excel's 'Unicode text') is refused as a wrong encoding", async () => {
    const text = wechatCsvText();
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(failureCode(await parseBill(utf16))).toBe("wrong_encoding");
    expect(failureCode(await parseBill(utf16.subarray(2)))).toBe("wrong_encoding");
  });

  it("GBK read as UTF-8 and saved again (U+FFFD everywhere) is a wrong encoding", async () => {
    const mangled = new TextDecoder("utf-8").decode(fixtureBytes("example-alipay-records.csv"));
    expect(mangled).toContain("\uFFFD");
    expect(failureCode(await parseBill(utf8(mangled)))).toBe("wrong_encoding");
  });

  it("GBK read as Latin-1 and saved again (ÉÌÆ·ËµÃ÷) is a wrong encoding", async () => {
    const latin1 = new TextDecoder("latin1").decode(fixtureBytes("example-alipay-records.csv"));
    expect(failureCode(await parseBill(utf8(latin1)))).toBe("wrong_encoding");
  });
});

describe("truncated files", () => {
  async function checkEveryCut(bytes: Uint8Array, full: BillRow[], from: number) {
    const outcomes = new Set<string>();
    for (let cut = from; cut < bytes.length; cut += 1) {
      const result = await parseBill(bytes.subarray(0, cut));
      if (result.ok) {
        // A cut exactly at a line end is a shorter, valid bill: its rows must be the originals.
        expect(result.rows.map(withoutLine)).toEqual(full.slice(0, result.rows.length).map(withoutLine));
        outcomes.add("ok");
      } else {
        expect(result.code).toBe("truncated");
        outcomes.add(result.code);
      }
    }
    expect(outcomes).toEqual(new Set(["ok", "truncated"]));
  }

  it("cut anywhere in the last four WeChat rows: a prefix of the rows or 'truncated', never a wrong row", async () => {
    const bytes = fixtureBytes("example-wechat-records.csv");
    const full = await parseBill(bytes);
    if (!full.ok) throw new Error(full.message);
    const text = wechatCsvText();
    const from = new TextEncoder().encode(text.slice(0, text.lastIndexOf("\n2023-07-09 13:25:22"))).length;
    await checkEveryCut(bytes, full.rows, from);
  });

  it("cut anywhere in the last three Alipay rows (GBK, cut mid-character too)", async () => {
    const bytes = fixtureBytes("example-alipay-records.csv");
    const full = await parseBill(bytes);
    if (!full.ok) throw new Error(full.message);
    const text = alipayCsvText();
    const from = encodeGbk(text.slice(0, text.lastIndexOf("\n2023-01-09 18:21:50"))).length;
    await checkEveryCut(bytes, full.rows, from);
  });

  it("a quoted field left open is truncated", async () => {
    const text = wechatCsvText();
    const cut = text.indexOf('"总共消费') + 3;
    expect(failureCode(await parseBill(utf8(text.slice(0, cut))))).toBe("truncated");
  });
});

describe("rows that cannot be read", () => {
  it("an unreadable amount names the line, the field and the value", async () => {
    const text = wechatCsvText().replace("¥0.35", "¥0.3.5");
    expect(await parseBill(utf8(text))).toMatchObject({
      ok: false,
      code: "bad_row",
      messageKey: "bills.errors.bad_row",
      params: { line: 19, field: "amount", value: "¥0.3.5" },
    });
  });

  it.each([
    ["2019-02-30 12:00:00", "a day that does not exist"],
    ["2019-09-26 25:00:00", "an hour that does not exist"],
    ["昨天", "not a time"],
  ])("the time %s (%s) is a bad row", async (time) => {
    const text = wechatCsvText().replace("2019-09-24 10:10:11", time);
    expect(await parseBill(utf8(text))).toMatchObject({ ok: false, code: "bad_row", params: { field: "time" } });
  });

  it("an empty transaction number is a bad row (a payment without one cannot be traced)", async () => {
    const text = alipayCsvText().replace("202302xxxxxx0011000103xxxxxx\t", "\t");
    expect(await parseBill(encodeGbk(text))).toMatchObject({ ok: false, code: "bad_row", params: { line: 26 } });
  });

  it("a data row with too few fields in the middle of the file is a short row", async () => {
    const text = wechatCsvText().replace(/\n2019-09-24 10:10:11,[^\n]*/, "\n2019-09-24 10:10:11,微信红包");
    expect(await parseBill(utf8(text))).toMatchObject({ ok: false, code: "short_row", params: { line: 19 } });
  });
});

describe("formula injection and markup in a bill's text", () => {
  const payloads = {
    counterparty: "=cmd|' /C calc'!A0",
    description: "+SUM(1,2)",
    note: "@SUM(A1:A2)",
    method: "-2+3+cmd|' /C notepad'!A0",
  };

  it("keeps the text verbatim, flags the fields, and neutralises them for export", async () => {
    const line = `2024-01-02 03:04:05,转账,${JSON.stringify(payloads.counterparty)},"${payloads.description}",支出,¥1.00,"${payloads.method}",支付成功,420000123\t,/\t,"${payloads.note}"`;
    const header = wechatCsvText().split("\n").slice(0, 17);
    const result = await parseBill(utf8([...header, line, ""].join("\n")));
    if (!result.ok) throw new Error(result.message);
    const [row] = result.rows;
    expect(row).toMatchObject(payloads);
    expect(row?.formulaLikeFields).toEqual(["counterparty", "description", "method", "note"]);
    expect(neutraliseFormula(row!.counterparty)).toBe(`'${payloads.counterparty}`);
    expect(neutraliseFormula("某餐厅")).toBe("某餐厅");
  });

  it("keeps markup as inert text (the UI renders it as text) and drops bidi overrides", async () => {
    const text = alipayCsvText().replace("亲情卡", "<img src=x onerror=alert(1)>\u202e");
    const result = await parseBill(utf8(text));
    expect(result.ok && result.rows[0]?.description).toBe("<img src=x onerror=alert(1)>");
  });
});
