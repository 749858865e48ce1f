import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBill, type BillRow, type ParseBillResult } from ".";
import { alipayCsvText, fixtureBytes, utf8, wechatCsvText } from "./testing/fixtures";
import { encodeGbk } from "./testing/gbk";

// Variants derived from the fixtures: what re-saving, other exporters and other app versions do to
// the same bill. Each must give the same rows as the original (line numbers aside).

const withoutLine = ({ sourceLine: _line, ...row }: BillRow) => row;

function rowsOf(result: ParseBillResult): Omit<BillRow, "sourceLine">[] {
  if (!result.ok) throw new Error(`expected rows, got ${result.code}: ${result.message}`);
  return result.rows.map(withoutLine);
}

const original = async (name: string) => rowsOf(await parseBill(fixtureBytes(name)));
const WECHAT = "example-wechat-records.csv";
const ALIPAY = "example-alipay-records.csv";

function splitWechat() {
  const lines = wechatCsvText().split("\n");
  const header = lines.findIndex((line) => line.startsWith("交易时间,"));
  return { preamble: lines.slice(0, header), header: lines[header]!, data: lines.slice(header + 1) };
}

const csvField = (value: string) => `"${value.replaceAll('"', '""')}"`;

describe("WeChat Pay CSV variants", () => {
  it.each([
    ["BOM, LF", (t: string) => `\uFEFF${t}`],
    ["no BOM, CRLF", (t: string) => t.replaceAll("\n", "\r\n")],
    ["BOM, CRLF", (t: string) => `\uFEFF${t.replaceAll("\n", "\r\n")}`],
    ["blank lines between rows and at the end", (t: string) => t.replaceAll("\n2", "\n\n,,,,,,,,,,\n2") + "\n\n"],
  ])("%s gives the same rows", async (_name, transform) => {
    const rows = rowsOf(await parseBill(utf8(transform(wechatCsvText()))));
    expect(rows).toEqual(await original(WECHAT));
  });

  it("the same rows in GBK (saved again on Chinese Windows; GBK has only the full-width ￥)", async () => {
    const rows = rowsOf(await parseBill(encodeGbk(wechatCsvText().replaceAll("¥", "￥"))));
    const expected = (await original(WECHAT)).map((row) =>
      row.note ? { ...row, note: row.note.replaceAll("¥", "￥") } : row,
    );
    expect(rows).toEqual(expected);
  });

  it("any shuffle of the header block, with lines added or removed, gives the same rows", async () => {
    const expected = await original(WECHAT);
    const { preamble, header, data } = splitWechat();
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(preamble),
        fc.array(
          fc.constantFrom("共100笔记录", "", ",,,,", "注：本账单仅供参考", "4. 本账单中所有时间均为UTC+08:00时间"),
        ),
        async (kept, added) => {
          const text = [...kept, ...added, header, ...data].join("\n");
          expect(rowsOf(await parseBill(utf8(text)))).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("any column order gives the same rows: columns are found by name", async () => {
    const expected = await original(WECHAT);
    const { preamble, header, data } = splitWechat();
    const records = parse(data.join("\n"), { relax_quotes: true, relax_column_count: true, ltrim: true, rtrim: true });
    const names = header.split(",");
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([...names.keys()], { minLength: names.length }), async (order) => {
        const lines = [
          ...preamble,
          order.map((i) => names[i]).join(","),
          ...(records as string[][]).map((record) => order.map((i) => csvField(record[i] ?? "")).join(",")),
        ];
        expect(rowsOf(await parseBill(utf8(lines.join("\n"))))).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  it("re-saved with thousands separators and without seconds (Excel's default formats)", async () => {
    const { preamble, header, data } = splitWechat();
    const first = data[0]!.replace("2019-09-26 12:45:27", "2019/9/26 12:45").replace("¥28.16", '"¥12,345,678.16"');
    const rows = rowsOf(await parseBill(utf8([...preamble, header, first].join("\n"))));
    expect(rows).toEqual([
      {
        ...(await original(WECHAT))[0],
        occurredAt: new Date("2019-09-26T12:45:00+08:00"),
        amountFen: 1_234_567_816n,
      },
    ]);
  });
});

function splitAlipay() {
  const lines = alipayCsvText().split("\n");
  const header = lines.findIndex((line) => line.startsWith("交易时间"));
  const records = parse(lines.slice(header + 1).join("\n"), {
    relax_column_count: true,
    ltrim: true,
    rtrim: true,
    skip_empty_lines: true,
  }) as string[][];
  return { preamble: lines.slice(0, header), header: lines[header]!, records, lines };
}

describe("Alipay CSV variants", () => {
  it.each([
    ["UTF-8 instead of GBK", (t: string) => utf8(t)],
    ["UTF-8 with BOM and CRLF", (t: string) => utf8(`\uFEFF${t.replaceAll("\n", "\r\n")}`)],
    ["GBK with CRLF", (t: string) => encodeGbk(t.replaceAll("\n", "\r\n"))],
    [
      "2025-10: the rule names 支付宝支付科技有限公司",
      (t: string) => encodeGbk(t.replace("支付宝（中国）网络技术有限公司", "支付宝支付科技有限公司")),
    ],
    ["2026: one header line fewer", (t: string) => encodeGbk(t.replace(/^导出交易类型：.*\n/m, ""))],
  ])("%s gives the same rows", async (_name, transform) => {
    const rows = rowsOf(await parseBill(transform(alipayCsvText())));
    expect(rows).toEqual(await original(ALIPAY));
  });

  it("the pre-2023 mobile layout (rule first, 交易时间 last, 其他, summary after the data)", async () => {
    const { records } = splitAlipay();
    // 2023+ order: 时间 分类 对方 账号 说明 收支 金额 方式 状态 订单号 商家订单号 备注
    const old = [5, 2, 3, 4, 7, 6, 8, 1, 9, 10, 0];
    const lines = [
      "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------",
      "收/支,交易对方,对方账号,商品说明,收/付款方式,金额,交易状态,交易分类,交易订单号,商家订单号,交易时间,",
      ...records.map(
        (record) => old.map((i) => (i === 5 && record[5] === "不计收支" ? "其他" : (record[i] ?? ""))).join(",") + ",",
      ),
      "------------------------------------------------------------------------------------",
      "导出信息：",
      "共10笔记录",
      "收入：1笔 222228.50元",
    ];
    const rows = rowsOf(await parseBill(encodeGbk(lines.join("\n"))));
    expect(rows).toEqual(await original(ALIPAY));
  });

  it("the web 交易记录明细查询 layout (交易号 first, 付款时间, 金额（元）)", async () => {
    const lines = [
      "支付宝交易记录明细查询",
      "账号:[xxx@example.com]",
      "起始日期:[2019-01-01 00:00:00]    终止日期:[2019-02-01 00:00:00]",
      "---------------------------------交易记录明细列表------------------------------------",
      "交易号                  ,商家订单号               ,交易创建时间              ,付款时间                ,最近修改时间              ,交易来源地     ,类型              ,交易对方            ,商品名称                ,金额（元）   ,收/支     ,交易状态    ,服务费（元）   ,成功退款（元）  ,备注                  ,资金状态     ,",
      "2019012022001400001234567890	,T200P1234567890          ,2019-01-20 09:14:44 ,2019-01-20 09:14:45 ,2019-01-20 09:14:46 ,其他（包括阿里巴巴和外部商家）,即时到账交易          ,某商店             ,一件商品              ,1234.50     ,支出      ,交易成功    ,0.00       ,0.00       ,                    ,已支出      ,",
      "2019012122001400001234567891	,                         ,2019-01-21 10:00:00 ,                    ,2019-01-21 10:30:00 ,支付宝网站     ,即时到账交易          ,另一家             ,未付款订单              ,9.99     ,支出      ,交易关闭    ,0.00       ,0.00       ,                    ,            ,",
      "------------------------------------------------------------------------------------",
      "共2笔记录",
    ];
    const result = await parseBill(encodeGbk(lines.join("\n")));
    expect(result).toMatchObject({ ok: true, platform: "ALIPAY", format: "alipay-web" });
    expect(rowsOf(result)).toEqual([
      {
        occurredAt: new Date("2019-01-20T09:14:45+08:00"),
        direction: "OUT",
        amountFen: 123_450n,
        counterparty: "某商店",
        description: "一件商品",
        status: "交易成功",
        transactionId: "2019012022001400001234567890",
        merchantOrderId: "T200P1234567890",
        category: "即时到账交易",
        formulaLikeFields: [],
      },
      {
        occurredAt: new Date("2019-01-21T10:00:00+08:00"),
        direction: "OUT",
        amountFen: 999n,
        counterparty: "另一家",
        description: "未付款订单",
        status: "交易关闭",
        transactionId: "2019012122001400001234567891",
        category: "即时到账交易",
        formulaLikeFields: [],
      },
    ]);
  });
});
