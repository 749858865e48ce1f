import { describe, expect, test } from "vitest";
import type { CaseKind } from "@/lib/cases/schema";
import type { StoredFacts } from "@/lib/cases/stored-facts";
import { describeAsciiPunctuation, isCjk } from "@/lib/i18n/fullwidth.mjs";
import { FULL_FACTS, HASHES, caseRecordFixture } from "@/tests/factories/case-record";
import { FIELD_LABELS, PLACEHOLDER_PATTERN, WRITER_FIELDS, placeholder } from "./fields";
import { RECIPIENTS_BY_KIND } from "./recipients";
import { renderLetter } from "./render-letter";
import { TEMPLATES } from "./templates";

const NOW = new Date("2026-11-30T02:00:00Z");
const LOCALES = ["zh-CN", "en"] as const;

const pairs = Object.entries(RECIPIENTS_BY_KIND).flatMap(([kind, recipients]) =>
  recipients.flatMap((recipient) => LOCALES.map((locale) => ({ kind: kind as CaseKind, recipient, locale }))),
);

describe("letters", () => {
  test.each(pairs)("$kind → $recipient ($locale) renders from the case", ({ kind, recipient, locale }) => {
    const letter = renderLetter(caseRecordFixture(kind), recipient, locale, NOW);
    expect(letter.title).toBe(TEMPLATES[recipient].title[locale]);
    expect(letter.text.startsWith(letter.title)).toBe(true);
    expect(letter.text).not.toMatch(/\{[A-Za-z]+\}/);
    for (const hash of HASHES) expect(letter.text).toContain(hash);
    expect(letter.text).toContain("4200001234202611290001");
    expect(letter.text).toContain("¥28,000.00");

    // Only the writer's own facts (which Recourse never stores) may be left blank — and the
    // court, which the case holds only for a judicial freeze.
    const blankable = [...WRITER_FIELDS, ...(kind === "JUDICIAL_FREEZE" ? [] : ["court"])];
    const allowed = new Set(blankable.map((field) => placeholder(field, locale)));
    const blanks = [...letter.text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[0]);
    expect(blanks.filter((b) => !allowed.has(b))).toEqual([]);
    expect(blanks.length).toBeGreaterThan(0);

    if (locale === "zh-CN") expect(describeAsciiPunctuation(letter.text)).toEqual([]);
    else expect([...letter.text].filter(isCjk)).toEqual([]);
  });

  test("a missing fact is a visible placeholder, never invented", () => {
    const facts = { ...FULL_FACTS.FRAUD, policeReportedAt: null, policeReceiptNo: null } as StoredFacts;
    const base = caseRecordFixture("FRAUD", "ALIPAY", facts);
    const record = { ...base, payments: [base.payments[0]!, { ...base.payments[1]!, transactionId: null }] };
    const zh = renderLetter(record, "platform-complaint", "zh-CN", NOW).text;
    expect(zh).toContain("【待补充：报警回执号】");
    expect(zh).toContain("【待补充：报警时间】");
    expect(zh).toContain("交易单号：【待补充：交易单号】");
    const en = renderLetter(record, "platform-complaint", "en", NOW).text;
    expect(en).toContain(`[TO FILL IN: ${FIELD_LABELS.policeReceiptNo!.en}]`);
    // The police letter claims an earlier report only when there was one.
    expect(renderLetter(record, "police", "zh-CN", NOW).text).not.toContain("本人已于");
    expect(renderLetter(caseRecordFixture("FRAUD"), "police", "zh-CN", NOW).text).toContain(
      "本人已于2026年11月29日 17:30报警",
    );
  });

  test("official channels only: the platform's own hotline, 110 and 96110, never a paid recovery service", () => {
    const templateText = JSON.stringify(TEMPLATES);
    const numbers = new Set(templateText.match(/\d{3,}/g) ?? []);
    expect([...numbers].filter((n) => !["110", "96110", "103", "104", "256"].includes(n))).toEqual([]);
    expect(templateText).not.toMatch(/recovery (service|agent|company)|追款|代追|追回公司|收费追回/iu);
    // Addressed to the service once, its number beside it; a service without a number is named alone.
    expect(renderLetter(caseRecordFixture("FRAUD", "WECHAT_PAY"), "cs-appeal", "zh-CN", NOW).text).toContain(
      "\n\n微信支付客服（95017）：\n\n",
    );
    expect(renderLetter(caseRecordFixture("FRAUD", "ALIPAY"), "platform-complaint", "en", NOW).text).toContain(
      "\n\nTo Alipay customer service (95188):\n\n",
    );
    const okpay = caseRecordFixture("ACCOUNT_RESTRICTED", "OKPAY");
    expect(renderLetter(okpay, "unfreeze", "zh-CN", NOW).text).toContain("\n\nOKPay客服：\n\n");
    expect(renderLetter(caseRecordFixture("FRAUD"), "police", "zh-CN", NOW).text).toContain("96110");
  });

  test("a bank card whose bank is named writes to that bank's service, its number as published", () => {
    const card = (bank: string | null) =>
      caseRecordFixture("FRAUD", "BANK_CARD", { ...FULL_FACTS.FRAUD, bank } as StoredFacts);
    expect(renderLetter(card("ICBC"), "cs-appeal", "zh-CN", NOW).text).toContain("\n\n中国工商银行客服（95588）：\n\n");
    expect(renderLetter(card("ICBC"), "cs-appeal", "en", NOW).text).toContain(
      "\n\nTo Industrial and Commercial Bank of China customer service (95588):\n\n",
    );
    expect(renderLetter(card("CGB"), "cs-appeal", "zh-CN", NOW).text).toContain(
      "\n\n广发银行客服（400-830-8003）：\n\n",
    );
    // Not named (or another bank): the generic card-issuer line, no number guessed.
    for (const bank of [null, "OTHER"]) {
      const text = renderLetter(card(bank), "cs-appeal", "zh-CN", NOW).text;
      expect(text).toContain("\n\n发卡银行客服：\n\n");
      expect(text).not.toMatch(/955\d\d/);
    }
  });

  test("a recipient that does not fit the kind is refused", () => {
    expect(() => renderLetter(caseRecordFixture("MISDIRECTED_TRANSFER"), "insurer", "zh-CN", NOW)).toThrow(RangeError);
  });
});
