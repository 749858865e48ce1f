import { z } from "zod";
import { EVIDENCE as E, SOURCES as S, cites, type DeadlineRule } from "@/lib/deadlines";
import { defineKind } from "./define";
import {
  discoveryDefaults,
  discoveryEvents,
  discoveryFacts,
  discoveryForm,
  reportForm,
  storeDiscovery,
  storedDiscovery,
  storeReport,
} from "./discovery";
import { optional, optionalWallTime, storedMaybeInstant, storedText, whenYes, yesNo } from "./fields";
import { at } from "./summary";

const FRAUD_RULES: readonly DeadlineRule[] = [
  {
    id: "fraud.police-report",
    kind: "FRAUD",
    // The 48 h is WeChat Pay's: seed 002 §六 (百万保障: report within 48 h to keep the cover).
    // No source gives Alipay, OKPay, a bank card or another platform a time: there the police
    // report is the app's own recommendation, first and today (`steps` below), not a deadline.
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "向公安机关报案（110 / 96110）", en: "Report to the police (110 / anti-fraud 96110)" },
    owner: "USER",
    trigger: ["FRAUD_DISCOVERED"],
    metBy: ["POLICE_REPORTED"],
    window: { clock: "HOURS", min: 48, max: 48 },
    evidence: [E.transferVouchers, E.fraudsterAccount, E.chatRecords, E.idCard],
    escalation: {
      channel: "110 / 96110",
      text: {
        "zh-CN": "立即补报（110 / 96110）。迟报仍然有效，但拦截资金的机会随时间减少",
        en: "Report now anyway (110 / 96110). A late report still counts, but the chance to intercept funds shrinks by the hour",
      },
    },
    note: {
      "zh-CN": "越早报案，拦截资金的机会越大，也可保住保险保障",
      en: "The earlier, the better the chance to intercept funds; it also keeps insurance cover",
    },
    source: cites(S.wechatInsurance, S.wechatJudicial),
  },
  {
    id: "fraud.platform-report-review",
    kind: "FRAUD",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "平台举报诈骗审核", en: "Platform fraud-report review" },
    owner: "COUNTERPARTY",
    trigger: ["PLATFORM_REPORT_FILED"],
    metBy: ["PLATFORM_REPORT_ANSWERED"],
    window: { clock: "WORKING_DAYS", min: 7, max: 15 },
    evidence: [E.policeReceipt, E.fundFlow, E.fraudsterAccount, E.transferVouchers, E.chatRecords],
    escalation: {
      channel: "cyber police",
      text: {
        "zh-CN": "携身份证和报案回执到属地网警部门备案，并咨询司法冻结",
        en: "Take your ID and the filing receipt to the local cyber police and ask about a judicial freeze",
      },
    },
    reportedSuccessRate: 0.3,
    source: S.wechatComplaint,
  },
];

/** 诈骗: the person was defrauded. */
export const FRAUD = defineKind({
  kind: "FRAUD",
  facts: z
    .object({
      ...discoveryFacts,
      policeReported: yesNo,
      policeReportedAt: optionalWallTime,
      policeReceiptNo: optional(64),
    })
    .superRefine(whenYes("policeReported", "policeReportedAt")),
  stored: z.object({
    kind: z.literal("FRAUD"),
    ...storedDiscovery,
    policeReportedAt: storedMaybeInstant,
    policeReceiptNo: storedText,
  }),
  defaultFacts: { ...discoveryDefaults, policeReported: "no", policeReportedAt: "", policeReceiptNo: "" },
  needsPayment: true,
  toStored: (f, zone) => ({
    kind: "FRAUD",
    ...storeDiscovery(f, zone),
    policeReportedAt: storeReport(f.policeReported, f.policeReportedAt, zone, "facts.policeReportedAt"),
    policeReceiptNo: f.policeReported === "yes" ? (f.policeReceiptNo ?? null) : null,
  }),
  toForm: (s, zone) => {
    const [policeReported, policeReportedAt] = reportForm(s.policeReportedAt, zone);
    return { ...discoveryForm(s, zone), policeReported, policeReportedAt, policeReceiptNo: s.policeReceiptNo ?? "" };
  },
  factEvents: (s) => discoveryEvents("FRAUD_DISCOVERED", "POLICE_REPORTED", s.discoveredAt, s.policeReportedAt),
  engineFacts: () => ({}),
  situations: () => [],
  rules: FRAUD_RULES,
  steps: [
    {
      id: "fraud.police",
      ruleId: "fraud.police-report",
      text: {
        "zh-CN": "立即拨打110或反诈专线96110报警：越早报案，拦截资金的机会越大",
        en: "Call the police (110) or the anti-fraud line (96110) now: the sooner, the better the chance to intercept the money",
      },
      // Off WeChat Pay no law or platform times the report: the app recommends it today.
      why: {
        "zh-CN":
          "报案没有法定期限，这个平台也没有公布期限；本应用建议今天就报案：资金可能很快被转走，越早报案越有机会拦截",
        en: "No law sets a deadline for the report, and this platform publishes none; the app recommends reporting today: the money can move fast, and the sooner you report, the better the chance to stop it",
      },
      onPlatform: {
        // WeChat Pay: the 48 h of 百万保障 (seed 002 §六) is a deadline, the rule above.
        WECHAT_PAY: {
          text: {
            "zh-CN": "立即拨打110或反诈专线96110报警，最迟在发现后48小时内报案：越早报案，拦截资金的机会越大",
            en: "Call the police (110) or the anti-fraud line (96110) now, and report within 48 hours of finding out: the sooner, the better the chance to intercept the money",
          },
          why: {
            "zh-CN": "微信支付百万保障要求在发现后48小时内报案；越早报案，拦截资金的机会越大",
            en: "WeChat Pay's account-security insurance asks for a police report within 48 hours of finding out; the sooner, the better the chance to intercept the money",
          },
          source: S.wechatInsurance,
        },
      },
      metBy: ["POLICE_REPORTED"],
      contacts: ["police", "antiFraud"],
      late: true,
    },
    {
      id: "fraud.platform-report",
      text: {
        "zh-CN": "在支付应用的账单详情页发起“举报诈骗”，并保存聊天记录、转账凭证和对方账号信息",
        en: "Report the fraud from the payment's bill details page in the app, and keep the chat records, transfer vouchers and the fraudster's account details",
      },
      // Only WeChat Pay publishes the review time (seed 002: 诈骗行为…7-15个工作日). Alipay's
      // source (seed 000) and the others give none: they say so rather than borrow WeChat's.
      why: {
        "zh-CN": "平台收到举报后可以限制骗子的账户；这个平台没有公布审核时限，越早提交越好",
        en: "A report lets the platform restrict the fraudster's account; this platform publishes no review time, so file it early",
      },
      onPlatform: {
        WECHAT_PAY: {
          why: {
            "zh-CN": "平台收到举报后可以限制骗子的账户；微信支付审核需要7至15个工作日，越早提交越好",
            en: "A report lets WeChat Pay restrict the fraudster's account; its review takes 7–15 working days, so file it early",
          },
          source: S.wechatComplaint,
        },
        ALIPAY: {
          why: {
            "zh-CN": "平台收到举报后可以限制骗子的账户；支付宝没有公布举报诈骗的审核时限，越早提交越好",
            en: "A report lets Alipay restrict the fraudster's account; Alipay publishes no review time for fraud reports, so file it early",
          },
        },
      },
      metBy: ["PLATFORM_REPORT_FILED"],
      contacts: ["platform"],
    },
  ],
  events: [
    "POLICE_REPORTED",
    "PLATFORM_REPORT_FILED",
    "PLATFORM_REPORT_ANSWERED",
    "APPEAL_FILED",
    "APPEAL_ANSWERED",
    "STATEMENTS_DOWNLOADED",
    "SUIT_FILED",
  ],
  summaryRows: (s, _t, zone, locale) => [
    ["discoveredAt", at(s.discoveredAt, zone, locale)],
    ["policeReportedAt", at(s.policeReportedAt, zone, locale)],
    ["policeReceiptNo", s.policeReceiptNo],
  ],
  letter: {
    recipients: ["police", "platform-complaint", "cs-appeal", "court-preservation"],
    fields: (s, when) => ({
      discoveredAt: when(s.discoveredAt),
      policeReportedAt: when(s.policeReportedAt),
      policeReceiptNo: s.policeReceiptNo,
    }),
  },
});
