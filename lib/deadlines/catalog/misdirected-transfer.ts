import { EVIDENCE as E } from "./evidence";
import type { DeadlineRule } from "./rule-types";
import { SOURCES as S } from "./sources";

/** 转账错误: money sent to the wrong person. */
export const MISDIRECTED_TRANSFER_RULES: readonly DeadlineRule[] = [
  {
    id: "misdirected.delayed-arrival-cancel",
    kind: "MISDIRECTED_TRANSFER",
    // The hours are the person's own answer (the option they chose when sending), not a
    // platform's published time: any platform, once the answer says the transfer was delayed.
    scope: { platforms: "ALL", situations: ["DELAYED_ARRIVAL", "ARRIVAL_UNKNOWN"] },
    label: { "zh-CN": "延迟到账期内申请撤回转账", en: "Stop the delayed-arrival transfer before it lands" },
    owner: "USER",
    trigger: ["TRANSFER_MADE"],
    metBy: ["TRANSFER_CANCEL_REQUESTED"],
    window: { clock: "HOURS", fromFact: "delayedArrivalHours" },
    evidence: [E.transactionNumber, E.transferScreenshot],
    escalation: {
      nextRuleId: "misdirected.complaint-review",
      text: {
        "zh-CN": "款项已到账，请在账单详情中发起交易投诉（转账错误）",
        en: "The money has arrived. File a complaint from the bill's details page (reason: transfer made in error)",
      },
    },
    source: S.wechatDelayedArrival,
  },
  {
    id: "misdirected.complaint-review",
    kind: "MISDIRECTED_TRANSFER",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "交易投诉（转账错误）处理", en: "Complaint review (misdirected transfer)" },
    owner: "COUNTERPARTY",
    trigger: ["COMPLAINT_FILED"],
    metBy: ["COMPLAINT_ANSWERED"],
    window: { clock: "HOURS", min: 24, max: 48 },
    evidence: [E.recipientRealName, E.transferScreenshot, E.transactionNumber],
    escalation: {
      nextRuleId: "misdirected.customer-service-appeal",
      channel: "WeChat Pay 95017 / Alipay 95188",
      text: {
        "zh-CN": "投诉逾期未处理，请提交客服申诉（微信支付95017，支付宝95188）",
        en: "No answer in time. File a customer-service appeal (WeChat Pay 95017, Alipay 95188)",
      },
    },
    reportedSuccessRate: 0.7,
    source: S.wechatComplaint,
  },
  {
    id: "misdirected.customer-service-appeal",
    kind: "MISDIRECTED_TRANSFER",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "客服申诉处理", en: "Customer-service appeal" },
    owner: "COUNTERPARTY",
    trigger: ["APPEAL_FILED"],
    metBy: ["APPEAL_ANSWERED"],
    // Usually 1–3 working days, complex cases up to 7: only after 7 is it overdue.
    window: { clock: "WORKING_DAYS", min: 1, max: 7 },
    typical: { min: 1, max: 3 },
    evidence: [E.transactionNumber, E.chatRecords, E.paymentVoucher],
    escalation: {
      channel: "police / court",
      text: {
        "zh-CN": "向公安机关报案，或以不当得利起诉收款人",
        en: "Report to the police, or sue the recipient for unjust enrichment",
      },
    },
    reportedSuccessRate: 0.65,
    note: {
      "zh-CN": "通常1至3个工作日，复杂案件可能延长至7个工作日",
      en: "Usually 1–3 working days; complex cases up to 7",
    },
    source: S.wechatAppeal,
  },
];
