import { describe, expect, test } from "vitest";
import { computeAdvice } from "./compute-advice";

const ids = (facts: Parameters<typeof computeAdvice>[0]) => computeAdvice(facts).map((a) => a.id);

describe("computeAdvice", () => {
  test("merchant dispute above ¥5,000 (500000 fen) suggests the judicial route; exactly ¥5,000 does not", () => {
    expect(ids({ kind: "MERCHANT_DISPUTE", amountFen: 500_001 })).toContain("merchant.judicial-route");
    expect(ids({ kind: "MERCHANT_DISPUTE", amountFen: 600_000n })).toContain("merchant.judicial-route");
    expect(ids({ kind: "MERCHANT_DISPUTE", amountFen: 500_000 })).not.toContain("merchant.judicial-route");
    expect(ids({ kind: "MERCHANT_DISPUTE" })).not.toContain("merchant.judicial-route");
    expect(ids({ kind: "FRAUD", amountFen: 9_000_000 })).not.toContain("merchant.judicial-route");
  });
  test("insurance claims warn about the three exclusions", () => {
    const advice = computeAdvice({ kind: "INSURANCE_CLAIM" }).find((a) => a.id === "insurance.exclusions");
    expect(advice?.items?.map((i) => i["zh-CN"])).toEqual(["亲属间转账", "未设置支付密码", "虚拟货币交易"]);
  });
  test("every kind gets the official-channels warning", () => {
    for (const kind of [
      "MISDIRECTED_TRANSFER",
      "FRAUD",
      "MERCHANT_DISPUTE",
      "INSURANCE_CLAIM",
      "JUDICIAL_FREEZE",
    ] as const) {
      expect(ids({ kind })).toContain("all.official-channels-only");
    }
  });
});
