import { describe, expect, test } from "vitest";
import { caseTitle, generatedTitle, generatedTitleMatches, isGeneratedTitle, storedTitle } from "./case-title";

describe("case titles", () => {
  test("a suggestion is made in each language from the kind and platform", () => {
    expect(generatedTitle("FRAUD", "ALIPAY", "zh-CN")).toBe("支付宝 诈骗");
    expect(generatedTitle("FRAUD", "ALIPAY", "en")).toBe("Alipay Fraud");
    expect(generatedTitle("MISDIRECTED_TRANSFER", "WECHAT_PAY", "en")).toBe("WeChat Pay Misdirected transfer");
  });

  test("a suggestion, in either language and for any kind or platform, is stored as empty", () => {
    for (const title of ["支付宝 诈骗", "Alipay Fraud", "微信支付 转账错误", " Bank card Judicial freeze ", ""]) {
      expect([title, isGeneratedTitle(title), storedTitle(title)]).toEqual([title, true, ""]);
    }
  });

  test("what the user typed is theirs, even when it starts like a suggestion", () => {
    for (const title of ["支付宝 诈骗 3 月", "alipay fraud", "Alipay  Fraud", "误转给陌生人"]) {
      expect([title, isGeneratedTitle(title), storedTitle(title)]).toEqual([title, false, title]);
    }
  });

  test("shown: the user's own the same in both languages, a generated one translated", () => {
    expect(caseTitle({ title: "误转给陌生人", kind: "FRAUD", platform: "ALIPAY" })).toEqual({
      "zh-CN": "误转给陌生人",
      en: "误转给陌生人",
    });
    expect(caseTitle({ title: "", kind: "FRAUD", platform: "ALIPAY" })).toEqual({
      "zh-CN": "支付宝 诈骗",
      en: "Alipay Fraud",
    });
    // Stored before generated titles were stored empty; and a suggestion left standing after
    // the platform changed: both read as the case's own kind and platform now.
    expect(caseTitle({ title: "支付宝 诈骗", kind: "FRAUD", platform: "ALIPAY" }).en).toBe("Alipay Fraud");
    expect(caseTitle({ title: "WeChat Pay Fraud", kind: "FRAUD", platform: "ALIPAY" }).en).toBe("Alipay Fraud");
  });

  test("a search finds generated titles by either language's words", () => {
    expect(generatedTitleMatches("alipay fr")).toEqual([{ kind: "FRAUD", platform: "ALIPAY" }]);
    expect(generatedTitleMatches("诈骗").map((m) => m.kind)).toEqual(Array(5).fill("FRAUD"));
    expect(generatedTitleMatches("支付宝").every((m) => m.platform === "ALIPAY")).toBe(true);
    expect(generatedTitleMatches("支付宝")).toHaveLength(6);
    expect(generatedTitleMatches("no such words")).toEqual([]);
    expect(generatedTitleMatches("  ")).toEqual([]);
  });
});
