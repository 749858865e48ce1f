import { z } from "zod";
import { EVIDENCE as E, SOURCES as S, cites, type DeadlineRule } from "@/lib/deadlines";
import { bankChoice, storedBank } from "./banks";
import { defineKind } from "./define";
import { maybeInstant, optional, optionalWallTime, storedMaybeInstant, storedText, wall } from "./fields";
import { at } from "./summary";

/** 商户订单争议: goods or services not as promised. */
const MERCHANT_DISPUTE_RULES: readonly DeadlineRule[] = [
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

/** 商户订单争议: goods or a service paid for and not as promised. */
export const MERCHANT_DISPUTE = defineKind({
  kind: "MERCHANT_DISPUTE",
  facts: z
    .object({
      bank: bankChoice,
      orderNumber: optional(64),
      purchase: z.enum(["GOODS", "SERVICES"], { error: "errors.invalidChoice" }),
      goodsReceivedAt: optionalWallTime,
    })
    .transform((f) => (f.purchase === "SERVICES" ? { ...f, goodsReceivedAt: undefined } : f)),
  stored: z.object({
    kind: z.literal("MERCHANT_DISPUTE"),
    bank: storedBank,
    orderNumber: storedText,
    purchase: z.enum(["GOODS", "SERVICES"]),
    goodsReceivedAt: storedMaybeInstant,
  }),
  defaultFacts: {
    bank: "",
    orderNumber: "",
    purchase: "GOODS",
    goodsReceivedAt: "",
  },
  needsPayment: true,
  toStored: (f, zone) => ({
    kind: "MERCHANT_DISPUTE",
    bank: f.bank ?? null,
    orderNumber: f.orderNumber ?? null,
    purchase: f.purchase,
    goodsReceivedAt: maybeInstant(f.goodsReceivedAt, zone, "facts.goodsReceivedAt"),
  }),
  toForm: (s, zone) => ({
    bank: s.bank ?? "",
    orderNumber: s.orderNumber ?? "",
    purchase: s.purchase,
    goodsReceivedAt: wall(s.goodsReceivedAt, zone),
  }),
  factEvents: (s) =>
    s.goodsReceivedAt
      ? [{ type: "GOODS_RECEIVED", occurredAt: new Date(s.goodsReceivedAt), payload: { source: "facts" } }]
      : [],
  engineFacts: () => ({}),
  situations: (s) => [s.purchase],
  rules: MERCHANT_DISPUTE_RULES,
  steps: [
    {
      id: "merchant.return",
      ruleId: "merchant.no-reason-return",
      situations: ["GOODS"],
      text: {
        "zh-CN": "线上购买的商品，收货后7天内可申请无理由退货：在订单页申请退货",
        en: "Goods bought online can be returned without a reason within 7 days of receipt: request the return from the order page",
      },
      metBy: ["RETURN_REQUESTED"],
    },
    {
      id: "merchant.complaint",
      text: {
        "zh-CN": "在交易详情页发起售后或投诉商户，附上订单详情和聊天记录",
        en: "Ask for after-sales service or complain about the merchant from the transaction's details page; attach the order details and the chat",
      },
      // The 3–5 working days are WeChat Pay's (seed 002); no other platform's source gives one.
      why: {
        "zh-CN": "投诉没有法定期限，这个平台也没有公布审核时限；早投诉早有结果",
        en: "No law sets a deadline for the complaint and this platform publishes no review time: the sooner you file, the sooner it ends",
      },
      onPlatform: {
        WECHAT_PAY: {
          why: {
            "zh-CN": "投诉没有法定期限，但微信支付审核需要3至5个工作日，早投诉早有结果",
            en: "No law sets a deadline for the complaint, but WeChat Pay's review takes 3–5 working days: the sooner you file, the sooner it ends",
          },
          source: S.wechatComplaint,
        },
      },
      metBy: ["COMPLAINT_FILED", "DISPUTE_FILED", "RETURN_REQUESTED"],
    },
  ],
  events: [
    "RETURN_REQUESTED",
    "COMPLAINT_FILED",
    "COMPLAINT_ANSWERED",
    "DISPUTE_FILED",
    "DISPUTE_RULED",
    "GOODS_RECEIVED",
    "STATEMENTS_DOWNLOADED",
    "SUIT_FILED",
  ],
  summaryRows: (s, t, zone, locale) => [
    ["orderNumber", s.orderNumber],
    ["purchase", t(`wizard.purchase${s.purchase}`)],
    ["goodsReceivedAt", at(s.goodsReceivedAt, zone, locale)],
  ],
  letter: {
    recipients: ["platform-complaint", "cs-appeal", "court-preservation"],
    fields: (s, when) => ({ orderNumber: s.orderNumber, goodsReceivedAt: when(s.goodsReceivedAt) }),
  },
});
