import { z } from "zod";
import { EVIDENCE as E, SOURCES as S, type DeadlineRule } from "@/lib/deadlines";
import { bankChoice, storedBank } from "./banks";
import { defineKind } from "./define";
import { instant, optional, storedInstant, storedText, wall, wallTime } from "./fields";
import { at } from "./summary";

const RESTRICTIONS = ["CANNOT_PAY", "WITHDRAWAL_FAILING", "RISK_CONTROL_FREEZE"] as const;

/**
 * 账户受限: the platform restricts the user's own account (cannot pay,
 * withdrawal failing, risk-control freeze). A court's freeze is JUDICIAL_FREEZE.
 *
 * RESTRICTION_NOTICED starts no clock: no source gives the user a time limit
 * here. It opens the case; the self-check list (lib/deadlines/guidance/self-check.ts) and the
 * first step (contact the platform's official customer service, `steps` below) come first.
 * The clocks below start when the user has asked.
 */
const ACCOUNT_RESTRICTED_RULES: readonly DeadlineRule[] = [
  {
    id: "restricted.customer-service-appeal",
    kind: "ACCOUNT_RESTRICTED",
    // The 1–3 / 7 working days are WeChat Pay's (seed 002 §一). Seeds 000 (Alipay) and 001
    // (OKPay) name the channel but no time: there the follow-up step below says so.
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "客服申诉处理（账户受限）", en: "Customer-service appeal (restricted account)" },
    owner: "COUNTERPARTY",
    trigger: ["APPEAL_FILED"],
    // The platform answers, or simply lifts the restriction.
    metBy: ["APPEAL_ANSWERED", "UNFROZEN"],
    // Seed 002 gives customer service 1–3 working days, complex cases up to 7.
    window: { clock: "WORKING_DAYS", min: 1, max: 7 },
    typical: { min: 1, max: 3 },
    evidence: [E.accountDetails, E.platformNotice, E.idCard, E.recentTransactions],
    escalation: {
      channel: "official hotline",
      text: {
        "zh-CN": "申诉逾期未答复，请拨打微信支付客服95017催办，说明申诉时间并保留记录",
        en: "No answer in time. Call WeChat Pay on 95017, give the date of your appeal and keep a record",
      },
    },
    note: {
      "zh-CN": "先问清受限原因，再按客服给出的步骤准备材料；通常1至3个工作日，复杂情况可能延长至7个工作日",
      en: "Ask why the account is restricted first, then prepare what customer service asks for; usually 1–3 working days, complex cases up to 7",
    },
    source: S.wechatAppeal,
  },
  {
    id: "restricted.risk-control-unfreeze",
    kind: "ACCOUNT_RESTRICTED",
    scope: { platforms: ["WECHAT_PAY"], situations: ["RISK_CONTROL_FREEZE"] },
    label: { "zh-CN": "风控冻结解冻（承诺书和人脸识别）", en: "Risk-control unfreeze (undertaking and face check)" },
    owner: "COUNTERPARTY",
    trigger: ["UNFREEZE_MATERIALS_SUBMITTED"],
    metBy: ["UNFROZEN"],
    window: { clock: "CALENDAR_DAYS", min: { days: 1 }, max: { days: 3 } },
    evidence: [E.idCardBothSides, E.undertaking],
    escalation: {
      channel: "official hotline",
      text: {
        "zh-CN": "联系微信支付客服95017并提供提交记录",
        en: "Contact WeChat Pay on 95017 with your submission record",
      },
    },
    note: {
      "zh-CN": "适用于异地登录、异常设备或风险交易触发的风控冻结；法院冻结请按“司法冻结”处理",
      en: "For freezes triggered by a login from elsewhere, an unknown device or a risky transaction; a court's freeze is a judicial freeze",
    },
    source: S.wechatRiskFreeze,
  },
];

/** 账户受限: can't pay, withdrawal failing, or a risk-control freeze. Nothing need be lost. */
export const ACCOUNT_RESTRICTED = defineKind({
  kind: "ACCOUNT_RESTRICTED",
  facts: z.object({
    bank: bankChoice,
    restriction: z.enum(RESTRICTIONS, { error: "errors.invalidChoice" }),
    noticedAt: wallTime,
    statedReason: optional(500),
  }),
  stored: z.object({
    kind: z.literal("ACCOUNT_RESTRICTED"),
    bank: storedBank,
    restriction: z.enum(RESTRICTIONS),
    noticedAt: storedInstant,
    statedReason: storedText,
  }),
  defaultFacts: {
    bank: "",
    restriction: "WITHDRAWAL_FAILING",
    noticedAt: "",
    statedReason: "",
  },
  needsPayment: false,
  toStored: (f, zone) => ({
    kind: "ACCOUNT_RESTRICTED",
    bank: f.bank ?? null,
    restriction: f.restriction,
    noticedAt: instant(f.noticedAt, zone, "facts.noticedAt"),
    statedReason: f.statedReason ?? null,
  }),
  toForm: (s, zone) => ({
    bank: s.bank ?? "",
    restriction: s.restriction,
    noticedAt: wall(s.noticedAt, zone),
    statedReason: s.statedReason ?? "",
  }),
  factEvents: (s) => [{ type: "RESTRICTION_NOTICED", occurredAt: new Date(s.noticedAt), payload: { source: "facts" } }],
  engineFacts: () => ({}),
  situations: (s) => [s.restriction],
  rules: ACCOUNT_RESTRICTED_RULES,
  steps: [
    {
      id: "restricted.ask-platform",
      text: {
        "zh-CN": "先按自查清单排查，再联系平台官方客服问清受限原因，按要求准备身份证明或交易凭证",
        en: "Go through the self-check list, then ask the platform's official customer service why the account is restricted, and prepare the ID or records it asks for",
      },
      why: {
        "zh-CN": "没有规定的期限，但只有平台能说明原因和解除办法；不要相信收费“解冻”或“代追款”服务",
        en: 'No rule sets a deadline, but only the platform can say why and how to lift it; never trust paid "unfreezing" or "recovery" services',
      },
      metBy: ["APPEAL_FILED", "UNFREEZE_MATERIALS_SUBMITTED", "UNFROZEN"],
      contacts: ["platform"],
    },
    {
      // After the appeal. On WeChat Pay its answer is awaited within the rule's 1–3 / 7 working
      // days (the waiting item, not this step); elsewhere no source gives a time, and this says so.
      id: "restricted.follow-up",
      ruleId: "restricted.customer-service-appeal",
      after: ["APPEAL_FILED"],
      text: {
        "zh-CN": "等待客服答复，保留申诉记录；几天后仍没有答复，就通过同一官方渠道催办",
        en: "Wait for customer service to answer and keep a record of your appeal; if there is still no answer after a few days, follow up through the same official channel",
      },
      why: {
        "zh-CN": "这个平台没有公布客服申诉的处理时限，只能由平台说明原因和解除办法",
        en: "This platform publishes no time for answering an appeal, and only the platform can say why and how to lift the restriction",
      },
      onPlatform: {
        ALIPAY: {
          why: {
            "zh-CN": "支付宝没有公布客服申诉的处理时限，只能由平台说明原因和解除办法",
            en: "Alipay publishes no time for answering an appeal, and only Alipay can say why and how to lift the restriction",
          },
        },
        OKPAY: {
          why: {
            "zh-CN": "OKPay没有公布客服申诉的处理时限，只能通过应用内客服或官网“联系我们”跟进",
            en: 'OKPay publishes no time for answering an appeal; follow up only through its in-app service or the "Contact us" page of its official website',
          },
        },
      },
      metBy: ["APPEAL_ANSWERED", "UNFROZEN"],
      contacts: ["platform"],
    },
  ],
  events: [
    "APPEAL_FILED",
    "APPEAL_ANSWERED",
    "UNFREEZE_MATERIALS_SUBMITTED",
    "INFO_REQUESTED",
    "INFO_PROVIDED",
    "UNFROZEN",
    "STATEMENTS_DOWNLOADED",
  ],
  summaryRows: (s, t, zone, locale) => [
    ["restriction", t(`wizard.restriction${s.restriction}`)],
    ["noticedAt", at(s.noticedAt, zone, locale)],
    ["statedReason", s.statedReason],
  ],
  letter: {
    recipients: ["unfreeze", "cs-appeal", "platform-complaint"],
    fields: (s, when, t) => ({
      restriction: t(`wizard.restriction${s.restriction}`),
      noticedAt: when(s.noticedAt),
      statedReason: s.statedReason,
    }),
  },
});
