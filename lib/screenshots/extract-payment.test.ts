import { describe, expect, it } from "vitest";
import { extractPayment, parseBeijingTime, parseMoney, type OcrLine } from "./extract-payment";

function lines(...texts: string[]): OcrLine[] {
  return texts.map((text) => ({ text, confidence: 0.98 }));
}

function ok(result: ReturnType<typeof extractPayment>) {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result;
}

describe("parseMoney", () => {
  it.each([
    ["-3,000.00", 300000n],
    ["¥3,000.00", 300000n],
    ["￥3000", 300000n],
    ["3,000.00元", 300000n],
    ["一128.00", 12800n],
    ["人民币 3,000.00", 300000n],
    ["¥ 0.5", 50n],
  ])("%s is %s fen", (text, fen) => {
    expect(parseMoney(text)).toBe(fen);
  });

  it.each(["2026", "13800001234", "21:30", "叁仟元整", "¥0.00", "", "¥1234567890123.00"])(
    "%s is not an amount",
    (text) => {
      expect(parseMoney(text)).toBeNull();
    },
  );
});

describe("parseBeijingTime", () => {
  it("reads the three ways a time is written, as Beijing time", () => {
    expect(parseBeijingTime("2026年12月6日 21:30:12")?.toISOString()).toBe("2026-12-06T13:30:12.000Z");
    expect(parseBeijingTime("2026-12-06 21:30:12")?.toISOString()).toBe("2026-12-06T13:30:12.000Z");
    expect(parseBeijingTime("2026年12月1日 20:47")?.toISOString()).toBe("2026-12-01T12:47:00.000Z");
    // OCR often drops the space, and Beijing's 07:00 is the previous day in UTC.
    expect(parseBeijingTime("2026年12月6日07:05:00")?.toISOString()).toBe("2026-12-05T23:05:00.000Z");
  });

  it("refuses dates that do not exist", () => {
    expect(parseBeijingTime("2026年2月31日 10:00")).toBeNull();
    expect(parseBeijingTime("2026-13-01 10:00")).toBeNull();
    expect(parseBeijingTime("2026年12月6日")).toBeNull();
  });
});

describe("extractPayment", () => {
  it("reads a pending WeChat transfer: payee from the headline, a wrapped 转账单号 joined", () => {
    const result = ok(
      extractPayment(
        lines(
          "待李*华确认收款",
          "￥3,000.00",
          "转账时间 2026年12月6日21:30:12",
          "转账单号 1000050001202612060123456",
          "789012345",
        ),
      ),
    );
    expect(result).toMatchObject({
      platform: "WECHAT_PAY",
      amountFen: 300000n,
      transactionId: "1000050001202612060123456789012345",
      counterparty: "李*华",
    });
    expect(result.occurredAt?.toISOString()).toBe("2026-12-06T13:30:12.000Z");
  });

  it("takes 转账时间, not 收钱时间, whichever comes first", () => {
    const result = ok(
      extractPayment(
        lines(
          "张*明已收款",
          "¥520.00",
          "收钱时间 2026年12月7日 09:00:00",
          "转账时间 2026年12月6日 21:30:12",
          "转账单号 100005000120261206",
        ),
      ),
    );
    expect(result.occurredAt?.toISOString()).toBe("2026-12-06T13:30:12.000Z");
    expect(result.counterparty).toBe("张*明");
  });

  it("reads a WeChat merchant payment: 商户全称 over the header, 交易单号 not 商户单号", () => {
    const result = ok(
      extractPayment(
        lines(
          "鲜果小铺",
          "-128.00",
          "当前状态 支付成功",
          "支付时间 2026年11月30日 12:01:59",
          "商品 水果",
          "商户全称 杭州鲜果小铺贸易有限公司",
          "支付方式 零钱",
          "商户单号 M20261130120159000123",
          "交易单号 4200002601202611301234567890",
        ),
      ),
    );
    expect(result).toMatchObject({
      platform: "WECHAT_PAY",
      amountFen: 12800n,
      transactionId: "4200002601202611301234567890",
      counterparty: "杭州鲜果小铺贸易有限公司",
    });
  });

  it("reads an Alipay payment: 支付时间 over 创建时间, 订单号 not 商家订单号, 收款方全称", () => {
    const result = ok(
      extractPayment(
        lines(
          "账单详情",
          "一58.50",
          "交易成功",
          "创建时间 2026-12-01 20:40:00",
          "支付时间 2026-12-01 20:47:03",
          "商家订单号 T2026120120470300001",
          "订单号 2026120122001412345678901234",
          "收款方全称 上海云杉商贸有限公司",
        ),
      ),
    );
    expect(result).toMatchObject({
      platform: "ALIPAY",
      amountFen: 5850n,
      transactionId: "2026120122001412345678901234",
      counterparty: "上海云杉商贸有限公司",
    });
    expect(result.occurredAt?.toISOString()).toBe("2026-12-01T12:47:03.000Z");
  });

  it("uses 创建时间 only when no payment time is shown", () => {
    const result = ok(extractPayment(lines("支付宝", "-10.00", "创建时间 2026-12-01 20:40:00")));
    expect(result.occurredAt?.toISOString()).toBe("2026-12-01T12:40:00.000Z");
  });

  it("reads a bank receipt: 交易金额 not 手续费, a label on its own line, 流水号 not 回单编号", () => {
    const result = ok(
      extractPayment(
        lines(
          "电子回单",
          "回单编号 HD2026120600018",
          "手续费 ¥5.00",
          "交易金额",
          "¥3,000.00",
          "大写金额 叁仟元整",
          "收款户名：王*芳",
          "收款账号 6222 **** **** 1234",
          "交易时间：2026-12-06 21:30:12",
          "交易流水号：2026 1206 2130 1200 0876",
        ),
      ),
    );
    expect(result).toMatchObject({
      platform: "BANK",
      amountFen: 300000n,
      transactionId: "20261206213012000876",
      counterparty: "王*芳",
    });
  });

  it("has no id when none is shown, and marks the doubtful field", () => {
    const result = ok(
      extractPayment([
        { text: "转给陈*", confidence: 0.99 },
        { text: "¥66.00", confidence: 0.71 },
        { text: "转账时间 2026年12月1日 20:47", confidence: 0.97 },
      ]),
    );
    expect(result.transactionId).toBeUndefined();
    expect(result.counterparty).toBe("陈*");
    expect(result.fieldConfidence.amountFen).toBe(0.71);
    expect(result.confidence).toBe(0.71);
  });

  it.each([
    ["a chat with a transfer bubble", ["张*明", "在吗？", "¥3,000.00", "转账", "21:30", "收到了"]],
    [
      "an article quoting the labels",
      ["如何保存证据", "请截图保存转账时间和交易单号，金额为¥3,000.00的转账也要保存。"],
    ],
    ["a blank page", []],
    ["a photo's stray text", ["EXIT", "12"]],
  ])("refuses %s", (_name, texts) => {
    expect(extractPayment(lines(...texts))).toMatchObject({ ok: false, code: "not_a_payment" });
  });
});
