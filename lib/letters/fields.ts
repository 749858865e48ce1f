import type { CaseKind } from "@/lib/cases/schema";
import type { Bilingual } from "@/lib/deadlines";
import type { PaymentPlatform } from "@/lib/deadlines";
import { caseTitle, platformName } from "@/lib/cases/case-title";
import { formatFen } from "@/lib/cases/money";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { formatDate, formatDateTime, type CaseRecord, type RecordPayment } from "@/lib/export/pure";
import { punctuation } from "@/lib/i18n/punctuation";
import { kindModule } from "@/lib/kinds";
import type { Locale, Translator } from "@/lib/i18n/translator";
import { eventLabel } from "@/lib/cases/event-label";
import { caseContacts } from "@/lib/kinds/contacts";

// What a letter may say, each value read from the case (or absent). A template names
// fields; a field the case lacks is printed as a visible placeholder, never guessed.

export type FieldValue = string | null;

/** Facts only the writer knows (name, ID number…): Recourse never stores them, so always a placeholder. */
export const WRITER_FIELDS = [
  "applicantName",
  "idNumber",
  "phone",
  "address",
  "policeStation",
  "insurerName",
  // A preservation asked for without a payment recorded: what to freeze and why is the writer's.
  "preservationAmount",
  "preservationFacts",
] as const;

export const FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  applicantName: { "zh-CN": "您的姓名", en: "your full name" },
  idNumber: { "zh-CN": "身份证号码", en: "your ID card number" },
  phone: { "zh-CN": "联系电话", en: "your phone number" },
  address: { "zh-CN": "住址", en: "your address" },
  policeStation: {
    "zh-CN": "受理的公安机关，如某某市公安局某某派出所",
    en: "the police station, e.g. the local public security bureau",
  },
  insurerName: { "zh-CN": "保险公司名称", en: "the insurer's name" },
  preservationAmount: { "zh-CN": "申请冻结的金额", en: "the amount to freeze" },
  preservationFacts: {
    "zh-CN": "被申请人占有或欠付您财产的事实",
    en: "what the respondent holds or owes you",
  },
  discoveredAt: { "zh-CN": "发现时间", en: "when you found out" },
  policeReportedAt: { "zh-CN": "报警时间", en: "when you reported it to the police" },
  policeReceiptNo: { "zh-CN": "报警回执号", en: "the police receipt number" },
  orderNumber: { "zh-CN": "订单号", en: "the order number" },
  goodsReceivedAt: { "zh-CN": "收货时间", en: "when the goods arrived" },
  policyNumber: { "zh-CN": "保单号", en: "the policy number" },
  claimNumber: { "zh-CN": "理赔号", en: "the claim number" },
  theftReportedAt: { "zh-CN": "向保险公司报案的时间", en: "when you reported it to the insurer" },
  court: { "zh-CN": "管辖法院", en: "the court" },
  noticeNumber: { "zh-CN": "通知书编号或案号", en: "the notice or case number" },
  noticeReceivedAt: { "zh-CN": "收到通知的时间", en: "when the notice arrived" },
  freezeExpiresOn: { "zh-CN": "冻结到期日", en: "the freeze expiry date" },
  noticedAt: { "zh-CN": "发现受限的时间", en: "when you noticed the restriction" },
  statedReason: { "zh-CN": "平台说明的原因", en: "the reason the platform gave" },
  counterparty: { "zh-CN": "对方姓名或昵称", en: "the other party's name" },
  counterpartyAccount: { "zh-CN": "对方账号", en: "the other party's account" },
  transactionId: { "zh-CN": "交易单号", en: "transaction number" },
  firstPaymentAt: { "zh-CN": "付款时间", en: "when you paid" },
  amount: { "zh-CN": "涉及金额", en: "the amount" },
};

/** Facts that are instants: each is a line of the timeline. */
const FACT_INSTANTS = {
  discoveredAt: { "zh-CN": "发现问题", en: "Found out" },
  policeReportedAt: { "zh-CN": "报警", en: "Reported to the police" },
  goodsReceivedAt: { "zh-CN": "收到货物", en: "Goods received" },
  theftReportedAt: { "zh-CN": "向保险公司报案", en: "Reported to the insurer" },
  noticeReceivedAt: { "zh-CN": "收到冻结通知", en: "Freeze notice received" },
  noticedAt: { "zh-CN": "发现账户受限", en: "Restriction noticed" },
} as const satisfies Record<string, Bilingual>;

/** What was found out, in the words of the kind: a fraud letter never says "stolen", nor a theft claim "deceived". */
const DISCOVERED: Partial<Record<CaseKind, Bilingual>> = {
  FRAUD: { "zh-CN": "发现被骗", en: "Found out about the fraud" },
  INSURANCE_CLAIM: { "zh-CN": "发现账户被盗用", en: "Found the account had been taken over" },
};

/** The words the lists below are made of. */
const WORDS = {
  sent: { "zh-CN": "转出", en: "sent" },
  received: { "zh-CN": "转入", en: "received" },
  transactionNumber: { "zh-CN": "交易单号", en: "transaction number" },
  to: { "zh-CN": "对方", en: "to" },
  account: { "zh-CN": "账号", en: "account" },
  none: { "zh-CN": "无", en: "none" },
} as const satisfies Record<string, Bilingual>;

export function placeholder(field: string, locale: Locale): string {
  const label = FIELD_LABELS[field]?.[locale] ?? field;
  return locale === "zh-CN" ? `【待补充：${label}】` : `[TO FILL IN: ${label}]`;
}

export { PLACEHOLDER_PATTERN } from "./schema";

export interface LetterContext {
  readonly record: CaseRecord;
  readonly locale: Locale;
  readonly t: Translator;
  readonly now: Date;
}

const iso = (value: string | null | undefined) => (value ? new Date(value) : null);
const uniq = (values: readonly (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** Every case field a template can name, read from the record: null when the case does not have it. */
export function caseFields(ctx: LetterContext): Record<string, FieldValue> {
  const { record, locale, t } = ctx;
  const zone = record.timeZone;
  const at = (d: Date | null) => (d ? formatDateTime(d, zone, locale) : null);
  const f = record.facts;
  const outgoing = record.payments.filter((p) => p.direction === "OUTGOING");
  // A bank card whose bank is named writes to that bank's service, with its number.
  const contact = caseContacts(record.platform as PaymentPlatform, f?.bank)[0];
  // The kind's own fields, read by its module from the parsed facts (absent for a draft).
  const own: Record<string, string | null> = f
    ? kindModule(f.kind).letter.fields(f, (v: string | null) => at(iso(v)), t)
    : {};
  const fact = (key: string): string | null => {
    const value = own[key];
    return typeof value === "string" && value.length > 0 ? value : null;
  };
  return {
    caseTitle: caseTitle(record)[locale],
    platform: platformName(record.platform, locale),
    // "微信支付客服（95017）", "中国工商银行客服（95588）", "OKPay客服": the service once, its number
    // (if it has one, as published) beside it.
    service: contact
      ? contact.label[locale] + (contact.tel ? punctuation(locale).aside(contact.telText ?? contact.tel) : "")
      : null,
    amount: record.amountFen > 0n ? formatFen(record.amountFen, locale) : null,
    // Set where the case involves money (an amount or a payment): paragraphs naming the amount
    // and the payments show only then (a restricted account may have lost nothing).
    moneyInvolved: record.amountFen > 0n || record.payments.length > 0 ? "yes" : null,
    paymentCount: String(outgoing.length),
    firstPaymentAt: at(outgoing[0]?.occurredAt ?? null),
    counterparty: uniq(record.payments.map((p) => p.counterpartyName)).join(punctuation(locale).list) || null,
    counterpartyAccount: uniq(record.payments.map((p) => p.counterpartyAccount)).join(punctuation(locale).list) || null,
    discoveredAt: fact("discoveredAt"),
    policeReportedAt: fact("policeReportedAt"),
    policeReceiptNo: fact("policeReceiptNo"),
    orderNumber: fact("orderNumber"),
    goodsReceivedAt: fact("goodsReceivedAt"),
    policyNumber: fact("policyNumber"),
    claimNumber: fact("claimNumber"),
    theftReportedAt: fact("theftReportedAt"),
    court: fact("court"),
    noticeNumber: fact("noticeNumber"),
    noticeReceivedAt: fact("noticeReceivedAt"),
    freezeExpiresOn: fact("freezeExpiresOn"),
    restriction: fact("restriction"),
    noticedAt: fact("noticedAt"),
    statedReason: fact("statedReason"),
    today: formatDate(ctx.now, zone, locale),
    evidenceCount: String(record.evidence.length),
  };
}

/** The list blocks: each payment, each evidence file with its hash, the timeline. */
export function caseLists(ctx: LetterContext): Record<"payments" | "evidence" | "timeline", string> {
  const { record, locale } = ctx;
  const zone = record.timeZone;
  const p = punctuation(locale);
  const word = (key: keyof typeof WORDS) => WORDS[key][locale];
  const verb = (direction: RecordPayment["direction"]) => word(direction === "OUTGOING" ? "sent" : "received");
  const payments = record.payments.map((pay, i) => {
    const parts = [
      formatDateTime(pay.occurredAt, zone, locale),
      `${verb(pay.direction)} ${formatFen(pay.amountFen, locale)}`,
      `${word("transactionNumber")}${p.colon}${pay.transactionId ?? placeholder("transactionId", locale)}`,
    ];
    if (pay.counterpartyName || pay.counterpartyAccount) {
      const who = [pay.counterpartyName, pay.counterpartyAccount].filter(Boolean).join(`${p.comma}${word("account")} `);
      parts.push(`${word("to")}${p.colon}${who}`);
    }
    return `${i + 1}. ${parts.join(p.comma)}`;
  });
  const evidence = record.evidence.map(
    (e, i) =>
      `${i + 1}. ${e.name}${p.aside(`${e.mime}${p.comma}${formatBytes(e.size, locale)}`)}\n   SHA-256: ${e.sha256}`,
  );
  // The log holds what was recorded; payments and the facts' instants (discovered, reported,
  // noticed…) are implied by the case, so the timeline merges all three in time order.
  const hidden = new Set(["SELF_CHECK_TICKED", "EVENT_RETRACTED", "CASE_OPENED"]);
  const entries: { at: Date; text: string }[] = record.events
    .filter((e) => !e.retracted && !hidden.has(e.type))
    .map((e) => {
      return { at: e.occurredAt, text: eventLabel(e.type, locale) };
    });
  for (const pay of record.payments) {
    entries.push({ at: pay.occurredAt, text: `${verb(pay.direction)} ${formatFen(pay.amountFen, locale)}` });
  }
  const facts = (record.facts ?? {}) as unknown as Record<string, unknown>;
  for (const field of Object.keys(FACT_INSTANTS) as (keyof typeof FACT_INSTANTS)[]) {
    const value = facts[field];
    const label = (field === "discoveredAt" ? DISCOVERED[record.kind] : undefined) ?? FACT_INSTANTS[field];
    if (typeof value === "string" && value) entries.push({ at: new Date(value), text: label[locale] });
  }
  const timeline = entries
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((e) => `${formatDateTime(e.at, zone, locale)} ${e.text}`);
  const none = p.brackets(word("none"));
  return {
    payments: payments.join("\n") || none,
    evidence: evidence.join("\n") || none,
    timeline: timeline.join("\n") || none,
  };
}
