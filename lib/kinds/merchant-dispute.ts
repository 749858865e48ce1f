import { z } from "zod";
import { MERCHANT_DISPUTE_RULES } from "@/lib/deadlines/catalog/merchant-dispute";
import { bankChoice, storedBank } from "./banks";
import { defineKind } from "./define";
import { maybeInstant, optional, optionalWallTime, storedMaybeInstant, storedText, wall } from "./fields";
import { at } from "./summary";

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
      why: {
        "zh-CN": "投诉没有法定期限，但平台审核需要3至5个工作日，早投诉早有结果",
        en: "No law sets a deadline for the complaint, but the platform's review takes 3–5 working days: the sooner you file, the sooner it ends",
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
