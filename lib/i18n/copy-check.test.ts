import { describe, expect, test } from "vitest";
import { copyProblems, type CopyRule } from "./copy-check";

const rules = (text: string, locale: "zh-CN" | "en" = "zh-CN"): CopyRule[] =>
  copyProblems(text, locale).map((p) => p.rule);

describe("the copy check finds what a careful writer would not let through", () => {
  test.each([
    ["微信支付客服（微信支付客服 95017）：", "repeated-name"],
    ["OKPay（OKPay客服）：", "repeated-name"],
    ["微信支付（微信支付客服 95017）：", "repeated-name"],
    ["To WeChat Pay (WeChat Pay customer service 95017):", "repeated-name"],
    ["下一步：应用内记录可能已不可查：向平台或银行申请出具流水证明", "doubled-colon"],
    ["Next step: records may be gone: ask the bank", "doubled-colon"],
    ["状态：：开放", "doubled-colon"],
    ["回执号： JJ2026", "space-after-full-width"],
    ["已报警。 请核实", "space-after-full-width"],
    ["本人已报警,请核实", "ascii-punctuation"],
    ["回执号:JJ2026", "ascii-punctuation"],
  ] as const)("%s → %s", (text, rule) => {
    expect(rules(text, text.startsWith("To ") || text.startsWith("Next") ? "en" : "zh-CN")).toContain(rule);
  });

  test("Chinese in English text is caught too", () => {
    expect(rules("Reported to the police：today", "en")).toEqual(["not-english"]);
  });

  test.each([
    "微信支付客服（95017）：",
    "OKPay客服：",
    "交易单号：【待补充：交易单号】",
    "1. 2026-11-29 10:00，转出 ¥20,000.00，交易单号：4200001234202611290001，对方：Zhang San，账号 6222",
    "付款明细（共 2 笔，合计¥28,000.00）：",
    "   SHA-256: " + "a".repeat(64),
    "2026-11-29 16:00 发现被骗",
    "谢谢，请尽快处理。",
    "Applicant: [TO FILL IN: your full name], ID card number [TO FILL IN: your ID card number].",
    "1. 2026-11-29 10:00, sent ¥20,000.00, transaction number: 4200, to: Zhang San, account 6222",
  ])("reads right: %s", (text) => {
    expect(copyProblems(text, /[\u4e00-\u9fff]/u.test(text) ? "zh-CN" : "en")).toEqual([]);
  });
});
