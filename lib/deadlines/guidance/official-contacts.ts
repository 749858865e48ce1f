import type { Bilingual } from "../catalog/rule-types";

export const PAYMENT_PLATFORMS = ["WECHAT_PAY", "ALIPAY", "OKPAY", "BANK_CARD", "OTHER"] as const;
export type PaymentPlatform = (typeof PAYMENT_PLATFORMS)[number];

export interface OfficialContact {
  readonly label: Bilingual;
  /** Digits only, ready for a `tel:` link. */
  readonly tel?: string;
  /** The number as published ("400-830-8003"), when it is not just the digits. */
  readonly telText?: string;
  /** Where to find it when there is no number to dial. */
  readonly route?: Bilingual;
}

const OTHER_ROUTE: Bilingual = {
  "zh-CN": "只用应用内或官方网站公布的联系方式，不要拨打搜索结果或陌生人提供的“客服”号码",
  en: 'Use only the contact details published in the app or on the official website, never a "customer service" number from search results or from a stranger',
};

/**
 * Official customer-service channels only: never a paid "recovery service"
 * (a known scam). Numbers and routes: docs/domain/sources.md.
 */
const CONTACTS: Readonly<Record<PaymentPlatform, readonly OfficialContact[]>> = {
  WECHAT_PAY: [
    {
      label: { "zh-CN": "微信支付客服", en: "WeChat Pay customer service" },
      tel: "95017",
      route: {
        "zh-CN": "微信“我 > 服务 > 钱包 > 帮助中心”",
        en: "In WeChat: Me > Services > Wallet > Help Center",
      },
    },
  ],
  ALIPAY: [
    {
      label: { "zh-CN": "支付宝客服", en: "Alipay customer service" },
      tel: "95188",
      route: {
        "zh-CN": "支付宝应用内的客服中心（在线咨询）",
        en: "The Customer Service Center inside the Alipay app (online chat)",
      },
    },
  ],
  OKPAY: [
    {
      label: { "zh-CN": "OKPay客服", en: "OKPay customer service" },
      route: {
        "zh-CN": "OKPay应用内客服或官方网站“联系我们”页面的在线客服",
        en: 'In-app customer service, or the online chat on the "Contact us" page of OKPay\'s official website',
      },
    },
  ],
  BANK_CARD: [
    {
      label: { "zh-CN": "发卡银行客服", en: "Your card-issuing bank's customer service" },
      route: {
        "zh-CN": "拨打银行卡背面印的客服电话，或前往该银行网点",
        en: "Call the number printed on the back of your card, or visit a branch of that bank",
      },
    },
  ],
  OTHER: [
    {
      label: { "zh-CN": "平台官方客服", en: "The platform's official customer service" },
      route: OTHER_ROUTE,
    },
  ],
};

export function officialContacts(platform: PaymentPlatform): readonly OfficialContact[] {
  const contacts = CONTACTS[platform];
  if (!contacts) throw new RangeError(`Unknown platform "${String(platform)}"`);
  return contacts;
}
