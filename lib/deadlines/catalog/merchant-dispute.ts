import { EVIDENCE as E } from "./evidence";
import type { DeadlineRule } from "./rule-types";
import { SOURCES as S, cites } from "./sources";

/** 商户订单争议: goods or services not as promised. */
export const MERCHANT_DISPUTE_RULES: readonly DeadlineRule[] = [
  {
    id: "merchant.no-reason-return",
    kind: "MERCHANT_DISPUTE",
    scope: { platforms: "ALL", situations: ["GOODS"] },
    label: { "zh-CN": "七日无理由退货", en: "7-day no-reason return (online goods)" },
    owner: "USER",
    trigger: ["GOODS_RECEIVED"],
    metBy: ["RETURN_REQUESTED"],
    window: { clock: "CALENDAR_DAYS", min: { days: 7 }, max: { days: 7 } },
    evidence: [E.orderDetails],
    escalation: {
      nextRuleId: "merchant.complaint-review",
      text: {
        "zh-CN": "无理由退货期已过，可以投诉商户（虚假商品）或发起订单争议",
        en: "The no-reason return period is over. Complain about the merchant (false goods) or open an order dispute",
      },
    },
    source: cites(S.consumerProtection25, S.wechatOrderDispute),
  },
  {
    id: "merchant.complaint-review",
    kind: "MERCHANT_DISPUTE",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "商户投诉（虚假商品）处理", en: "Complaint review (counterfeit/false goods)" },
    owner: "COUNTERPARTY",
    trigger: ["COMPLAINT_FILED"],
    metBy: ["COMPLAINT_ANSWERED"],
    window: { clock: "WORKING_DAYS", min: 3, max: 5 },
    evidence: [E.orderDetails, E.chatEvidence],
    escalation: {
      nextRuleId: "merchant.platform-arbitration",
      text: {
        "zh-CN": "投诉逾期未处理，请在交易详情页发起订单争议，申请平台仲裁",
        en: "No answer in time. Open an order dispute on the transaction's details page for platform arbitration",
      },
    },
    reportedSuccessRate: 0.5,
    source: S.wechatComplaint,
  },
  {
    id: "merchant.platform-arbitration",
    kind: "MERCHANT_DISPUTE",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "订单争议平台仲裁", en: "Platform arbitration of the order dispute" },
    owner: "COUNTERPARTY",
    trigger: ["DISPUTE_FILED"],
    metBy: ["DISPUTE_RULED"],
    window: { clock: "WORKING_DAYS", min: 5, max: 7 },
    evidence: [E.orderDetails, E.chatEvidence, E.nonPerformanceProof],
    escalation: {
      channel: "12315 / court",
      text: {
        "zh-CN": "向市场监管部门投诉（12315），或向法院起诉；金额较大时建议走司法程序",
        en: "Complain to the market regulator (12315) or sue; for larger amounts the court route is advised",
      },
    },
    source: S.wechatOrderDispute,
  },
];
