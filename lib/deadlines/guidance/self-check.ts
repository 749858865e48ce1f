import type { Bilingual } from "../catalog/rule-types";

export interface SelfCheckItem {
  readonly id: string;
  readonly label: Bilingual;
  readonly hint?: Bilingual;
}

/**
 * What a user whose account is restricted (can't pay, withdrawal failing)
 * checks before and while contacting the platform. From the Alipay and OKPay
 * help articles summarised in docs/domain/sources.md.
 */
export const SELF_CHECK_ITEMS: readonly SelfCheckItem[] = [
  {
    id: "balance",
    label: { "zh-CN": "余额是否充足", en: "Is the balance enough?" },
    hint: { "zh-CN": "余额不足会直接导致无法支付", en: "A low balance alone makes a payment fail" },
  },
  {
    id: "network",
    label: { "zh-CN": "网络是否正常", en: "Is the network working?" },
    hint: {
      "zh-CN": "在Wi-Fi和移动数据之间切换，再重启手机试一次",
      en: "Switch between Wi-Fi and mobile data, then restart the phone and try again",
    },
  },
  {
    id: "app-version",
    label: { "zh-CN": "应用是否为最新版本", en: "Is the app up to date?" },
    hint: {
      "zh-CN": "在应用商店更新，必要时清除应用缓存",
      en: "Update it from the app store; clear the app's cache if needed",
    },
  },
  {
    id: "real-name",
    label: { "zh-CN": "是否已完成实名认证", en: "Is real-name verification complete?" },
    hint: {
      "zh-CN": "最近修改过个人信息也可能导致支付受限，需与平台登记一致",
      en: "A recent change to your personal details can also restrict payments; they must match what the platform holds",
    },
  },
  {
    id: "phone-binding",
    label: { "zh-CN": "绑定的手机号能否收到验证码", en: "Does the bound phone number receive verification codes?" },
  },
  {
    id: "bank-card",
    label: { "zh-CN": "提现用的银行卡信息是否正确", en: "Are the bank card details for withdrawals correct?" },
    hint: {
      "zh-CN": "提现失败常因银行卡信息不符",
      en: "Withdrawals often fail because the card details do not match",
    },
  },
  {
    id: "platform-notices",
    label: { "zh-CN": "平台是否发来通知", en: "Has the platform sent a notice?" },
    hint: {
      "zh-CN": "查看短信、邮件和应用内消息，找出受限或冻结的原因",
      en: "Read your SMS, email and in-app messages for the reason for the restriction or freeze",
    },
  },
  {
    id: "login",
    label: { "zh-CN": "能否正常登录", en: "Can you log in normally?" },
    hint: {
      "zh-CN": "无法登录可能是账户已被暂停或锁定",
      en: "If you cannot, the account may have been suspended or locked",
    },
  },
  {
    id: "recent-records",
    label: { "zh-CN": "最近的交易记录有无异常", en: "Anything unusual in recent transactions?" },
    hint: {
      "zh-CN": "留意不是自己操作的交易、未处理的退款或支付请求，以及被投诉的交易",
      en: "Look for transactions you did not make, pending refunds or payment requests, and any disputed transaction",
    },
  },
];
