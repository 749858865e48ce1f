import type { CaseKind } from "../case-input";
import type { Bilingual } from "./rule-types";
import { SOURCES as S } from "./sources";

/** Standing advice, not deadlines: shown with the case, never counted down. */
export interface AdviceRule {
  readonly id: string;
  readonly kinds: readonly CaseKind[] | "ALL";
  /** Applies only when the disputed amount is strictly above this many fen. */
  readonly amountFenAbove?: number;
  readonly text: Bilingual;
  readonly items?: readonly Bilingual[];
  readonly source: Bilingual;
}

export const ADVICE_RULES: readonly AdviceRule[] = [
  {
    id: "merchant.judicial-route",
    kinds: ["MERCHANT_DISPUTE"],
    amountFenAbove: 500_000,
    text: {
      "zh-CN": "争议金额超过5000元，建议走司法程序",
      en: "The disputed amount is above ¥5,000: the judicial route is advised",
    },
    source: S.wechatOrderDispute,
  },
  {
    id: "insurance.exclusions",
    kinds: ["INSURANCE_CLAIM"],
    text: {
      "zh-CN": "申请理赔前请确认不属于以下免责情形",
      en: "Before filing, check the claim is not excluded",
    },
    items: [
      { "zh-CN": "亲属间转账", en: "Transfers between relatives" },
      { "zh-CN": "未设置支付密码", en: "No payment password was set" },
      { "zh-CN": "虚拟货币交易", en: "Virtual-currency trades" },
    ],
    source: S.wechatInsurance,
  },
  {
    id: "all.official-channels-only",
    kinds: "ALL",
    text: {
      "zh-CN": "只通过官方渠道追款：承诺“一键追回”并收费的代追款服务是常见骗局",
      en: 'Use official channels only: paid "one-click recovery" services are a known scam',
    },
    source: S.officialChannels,
  },
];
