import { EVIDENCE as E } from "./evidence";
import type { DeadlineRule } from "./rule-types";
import { SOURCES as S } from "./sources";

/** 保险理赔: account-theft insurance (e.g. 百万保障). */
export const INSURANCE_CLAIM_RULES: readonly DeadlineRule[] = [
  {
    id: "insurance.theft-report",
    kind: "INSURANCE_CLAIM",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "盗刷后报案", en: "Report the theft" },
    owner: "USER",
    trigger: ["THEFT_DISCOVERED"],
    metBy: ["THEFT_REPORTED"],
    window: { clock: "HOURS", min: 48, max: 48 },
    evidence: [E.transactionScreenshots],
    escalation: {
      text: {
        "zh-CN": "立即向保险公司和公安机关报案，并询问逾期报案是否仍可理赔",
        en: "Report to the insurer and the police now, and ask whether a late report is still covered",
      },
    },
    source: S.wechatInsurance,
  },
  {
    id: "insurance.hijack-review",
    kind: "INSURANCE_CLAIM",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "账户劫持理赔审核", en: "Claim review: account hijack" },
    owner: "COUNTERPARTY",
    trigger: ["CLAIM_FILED"],
    metBy: ["CLAIM_APPROVED", "CLAIM_REJECTED"],
    window: { clock: "WORKING_DAYS", min: 5, max: 10 },
    evidence: [E.policeReceipt, E.transactionScreenshots, E.deviceLoginRecords, E.faceCheckFailures],
    escalation: {
      channel: "insurer hotline / 12378",
      text: {
        "zh-CN": "致电保险公司要求书面答复；仍无结果可拨打12378向金融监管部门投诉",
        en: "Ask the insurer for a written decision; failing that, complain to the financial regulator (12378)",
      },
    },
    source: S.wechatInsurance,
  },
  {
    id: "insurance.payout",
    kind: "INSURANCE_CLAIM",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "审核通过后赔付", en: "Payout after approval" },
    owner: "COUNTERPARTY",
    trigger: ["CLAIM_APPROVED"],
    metBy: ["PAID_OUT"],
    // Seed 002 §六 "审核通过后3日内": its own column says 个工作日 where it means working days,
    // so 3日 is 3 calendar days (docs/domain/deadline-rules.md, clock audit).
    window: { clock: "CALENDAR_DAYS", min: { days: 3 }, max: { days: 3 } },
    evidence: [],
    escalation: {
      channel: "insurer hotline / 12378",
      text: {
        "zh-CN": "催促保险公司付款；仍未到账可拨打12378投诉",
        en: "Chase the insurer for payment; if it still does not arrive, complain to 12378",
      },
    },
    source: S.wechatInsurance,
  },
  {
    id: "insurance.claim-limitation",
    kind: "INSURANCE_CLAIM",
    scope: { platforms: "ALL" },
    label: { "zh-CN": "理赔请求时效（非人寿保险）", en: "Claim limitation period (non-life insurance)" },
    owner: "USER",
    // Theft discovered = loss known for this kind; the earlier of the two starts the clock (the safe side).
    trigger: ["THEFT_DISCOVERED", "LOSS_KNOWN"],
    metBy: ["CLAIM_FILED"],
    window: { clock: "CALENDAR_DAYS", min: { years: 2 }, max: { years: 2 } },
    evidence: [E.policeReceipt, E.transactionScreenshots],
    escalation: {
      text: {
        "zh-CN": "理赔时效可能已过，请咨询律师时效是否曾中断",
        en: "The claim period may have run out. Ask a lawyer whether it was interrupted",
      },
    },
    source: S.insuranceLaw26,
  },
];
