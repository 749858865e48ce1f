import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translator";
import { BILL_ERROR_CODES, billErrorMessageKey, parseBill } from ".";
import { utf8, wechatCsvText } from "./testing/fixtures";

const params = { line: 19, field: "amount", value: "¥0.3.5", maxMegabytes: 10 };
const CJK = "[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef“”]";
const ASCII_NEXT_TO_CJK = new RegExp(`${CJK}[,:;?!()]|[,:;?!()]${CJK}`);

describe("bill error messages", () => {
  const zhT = translator("zh-CN");
  const enT = translator("en");

  it.each(BILL_ERROR_CODES)("%s has a zh-CN message with full-width punctuation and an English one", (code) => {
    const key = billErrorMessageKey(code);
    const chinese = zhT(key, params);
    const english = enT(key, params);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(chinese).not.toMatch(ASCII_NEXT_TO_CJK);
    expect(chinese).toMatch(/。$/);
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
    expect(english).not.toContain("bills.errors");
  });

  it.each(["nothing_picked", "rows_not_in_bill", "not_pickable", "too_many", "case_full"] as const)(
    "import refusal %s reads in both languages",
    (code) => {
      const chinese = zhT(`bills.import.${code}`, { line: 24, limitMb: 500 });
      const english = enT(`bills.import.${code}`, { line: 24, limitMb: 500 });
      expect(chinese).toMatch(/[\u4e00-\u9fff]/);
      expect(chinese).not.toMatch(ASCII_NEXT_TO_CJK);
      expect(chinese).toMatch(/。$/);
      expect(english).not.toMatch(/[\u4e00-\u9fff]/);
      expect(english).not.toContain("bills.import");
    },
  );

  it("a bad row reads as a sentence naming the line and the field in each language", async () => {
    const result = await parseBill(utf8(wechatCsvText().replace("¥0.35", "¥0.3.5")));
    if (result.ok) throw new Error("expected a failure");
    expect(zhT(result.messageKey, result.params)).toBe(
      "第 19 行的金额无法读取（“¥0.3.5”）。请上传导出的原始账单，不要手动修改。",
    );
    expect(enT(result.messageKey, result.params)).toBe(
      'Line 19: the amount cannot be read ("¥0.3.5"). Upload the bill as exported, without editing it.',
    );
  });
});
