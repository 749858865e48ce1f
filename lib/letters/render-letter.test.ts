import { describe, expect, test } from "vitest";
import type { CaseKind } from "@/lib/cases/schema";
import type { StoredFacts } from "@/lib/cases/stored-facts";
import type { CaseRecord } from "@/lib/export/pure";
import { describeAsciiPunctuation, isCjk } from "@/scripts/lib/fullwidth.mjs";
import { FIELD_LABELS, PLACEHOLDER_PATTERN, WRITER_FIELDS, placeholder } from "./fields";
import { RECIPIENTS_BY_KIND } from "./recipients";
import { renderLetter } from "./render-letter";
import { TEMPLATES } from "./templates";

const NOW = new Date("2026-11-30T02:00:00Z");
const LOCALES = ["zh-CN", "en"] as const;

/** Every fact each kind can hold, filled: a letter for it should leave only the writer's own blanks. */
const FULL_FACTS: Record<CaseKind, StoredFacts> = {
  MISDIRECTED_TRANSFER: { kind: "MISDIRECTED_TRANSFER", arrival: "24" },
  FRAUD: {
    kind: "FRAUD",
    discoveredAt: "2026-11-29T08:00:00.000Z",
    policeReportedAt: "2026-11-29T09:30:00.000Z",
    policeReceiptNo: "JJ20261129001",
  },
  MERCHANT_DISPUTE: {
    kind: "MERCHANT_DISPUTE",
    orderNumber: "ORD-778899",
    purchase: "GOODS",
    goodsReceivedAt: "2026-11-20T04:00:00.000Z",
  },
  INSURANCE_CLAIM: {
    kind: "INSURANCE_CLAIM",
    discoveredAt: "2026-11-29T08:00:00.000Z",
    policyNumber: "P-123456",
    claimNumber: "C-654321",
    theftReportedAt: "2026-11-29T10:00:00.000Z",
  },
  JUDICIAL_FREEZE: {
    kind: "JUDICIAL_FREEZE",
    direction: "FREEZE_OTHER_SIDE",
    court: "Chaoyang District Court",
    noticeNumber: "2026-0105-1234",
    noticeReceivedAt: "2026-11-25T02:00:00.000Z",
    freezeExpiresOn: "2027-11-24",
  },
  ACCOUNT_RESTRICTED: {
    kind: "ACCOUNT_RESTRICTED",
    restriction: "RISK_CONTROL_FREEZE",
    noticedAt: "2026-11-28T12:00:00.000Z",
    statedReason: "unusual activity",
  },
};

const HASHES = ["a".repeat(64), "b".repeat(64), "c".repeat(64)];

function fixture(kind: CaseKind, platform = "WECHAT_PAY", facts: StoredFacts = FULL_FACTS[kind]): CaseRecord {
  return {
    id: "case-fixture",
    kind,
    platform,
    title: "Fixture case",
    note: null,
    status: "OPEN",
    amountFen: 2_800_000n,
    recoveredFen: 0n,
    createdAt: new Date("2026-11-29T09:00:00Z"),
    timeZone: "Asia/Shanghai",
    facts,
    payments: [
      {
        position: 0,
        occurredAt: new Date("2026-11-29T02:00:00Z"),
        amountFen: 2_000_000n,
        direction: "OUTGOING",
        transactionId: "4200001234202611290001",
        counterpartyName: "Zhang San",
        counterpartyAccount: "6222020200112233445",
      },
      {
        position: 1,
        occurredAt: new Date("2026-11-29T04:30:00Z"),
        amountFen: 800_000n,
        direction: "OUTGOING",
        transactionId: "4200001234202611290002",
        counterpartyName: "Zhang San",
        counterpartyAccount: "6222020200112233445",
      },
    ],
    events: [
      {
        id: "e1",
        type: "FRAUD_DISCOVERED",
        occurredAt: new Date("2026-11-29T08:00:00Z"),
        payload: {},
        retracted: false,
      },
      { id: "e2", type: "COMPLAINT_FILED", occurredAt: new Date("2026-11-29T09:00:00Z"), payload: {}, retracted: true },
    ],
    evidence: HASHES.map((sha256, i) => ({
      id: `ev${i}`,
      name: `file-${i + 1}.png`,
      sha256,
      size: 1000 + i,
      mime: "image/png",
      ext: "png",
      item: null,
      createdAt: new Date("2026-11-29T10:00:00Z"),
      storageKey: `cases/case-fixture/${i}`,
      bundlePath: `evidence/0${i + 1}-file-${i + 1}.png`,
    })),
    deadlines: [],
    audit: { headHash: null, headSeq: 0, intact: true },
  };
}

const pairs = Object.entries(RECIPIENTS_BY_KIND).flatMap(([kind, recipients]) =>
  recipients.flatMap((recipient) => LOCALES.map((locale) => ({ kind: kind as CaseKind, recipient, locale }))),
);

describe("letters", () => {
  test.each(pairs)("$kind → $recipient ($locale) renders from the case", ({ kind, recipient, locale }) => {
    const letter = renderLetter(fixture(kind), recipient, locale, NOW);
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
    const base = fixture("FRAUD", "ALIPAY", facts);
    const record = { ...base, payments: [base.payments[0]!, { ...base.payments[1]!, transactionId: null }] };
    const zh = renderLetter(record, "platform-complaint", "zh-CN", NOW).text;
    expect(zh).toContain("【待补充：报警回执号】");
    expect(zh).toContain("【待补充：报警时间】");
    expect(zh).toContain("交易单号：【待补充：交易单号】");
    const en = renderLetter(record, "platform-complaint", "en", NOW).text;
    expect(en).toContain(`[TO FILL IN: ${FIELD_LABELS.policeReceiptNo!.en}]`);
    // The police letter claims an earlier report only when there was one.
    expect(renderLetter(record, "police", "zh-CN", NOW).text).not.toContain("本人已于");
    expect(renderLetter(fixture("FRAUD"), "police", "zh-CN", NOW).text).toContain("本人已于2026-11-29 17:30报警");
  });

  test("official channels only: the platform's own hotline, 110 and 96110, never a paid recovery service", () => {
    const templateText = JSON.stringify(TEMPLATES);
    const numbers = new Set(templateText.match(/\d{3,}/g) ?? []);
    expect([...numbers].filter((n) => !["110", "96110", "103", "104", "256"].includes(n))).toEqual([]);
    expect(templateText).not.toMatch(/recovery (service|agent|company)|追款|代追|追回公司|收费追回/iu);
    expect(renderLetter(fixture("FRAUD", "WECHAT_PAY"), "cs-appeal", "zh-CN", NOW).text).toContain(
      "微信支付客服 95017",
    );
    expect(renderLetter(fixture("FRAUD", "ALIPAY"), "platform-complaint", "en", NOW).text).toContain(
      "Alipay customer service 95188",
    );
    expect(renderLetter(fixture("FRAUD"), "police", "zh-CN", NOW).text).toContain("96110");
  });

  test("a recipient that does not fit the kind is refused", () => {
    expect(() => renderLetter(fixture("MISDIRECTED_TRANSFER"), "insurer", "zh-CN", NOW)).toThrow(RangeError);
  });
});
