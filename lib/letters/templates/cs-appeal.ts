import {
  EVIDENCE,
  type LetterTemplate,
  PAYMENTS,
  SIGNATURE,
  addressedTo,
  para,
  policeReported,
  restrictionSince,
} from "./shared";

export const csAppeal: LetterTemplate = {
  title: { "zh-CN": "客服申诉", en: "Appeal to customer service" },
  paragraphs: [
    addressedTo({ "zh-CN": "{service}", en: "{service}" }),
    para(
      "本人{applicantName}，账户绑定手机号{phone}。就以下交易申请协助，涉及金额{amount}：",
      "I am {applicantName}, account registered to {phone}. I ask for your help with these transactions, {amount} in total:",
      { ifPresent: "moneyInvolved" },
    ),
    // No money involved (a restricted account, a freeze without a payment): no amount to name.
    para("本人{applicantName}，账户绑定手机号{phone}。", "I am {applicantName}, account registered to {phone}.", {
      ifAbsent: "moneyInvolved",
    }),
    PAYMENTS,
    para(
      "以上款项系转错账，请协助联系收款方{counterparty}退回，或告知退回途径。",
      "I sent this to the wrong person. Please contact the recipient, {counterparty}, to return it, or tell me how it can be returned.",
      { kinds: ["MISDIRECTED_TRANSFER"] },
    ),
    policeReported(
      { "zh-CN": "以上款项系本人被骗转出，", en: "I was defrauded into sending this. " },
      { kinds: ["FRAUD"] },
      { "zh-CN": "请协助对收款账户采取限制措施。", en: " Please restrict the receiving account." },
    ),
    para(
      "订单号{orderNumber}，商户拒绝退款，请平台介入处理。",
      "Order number {orderNumber}: the merchant refuses a refund; please step in.",
      { kinds: ["MERCHANT_DISPUTE"] },
    ),
    para(
      "以上交易非本人操作，本人账户于{discoveredAt}被盗用，请协助冻结相关交易并出具交易证明。",
      "I did not make these transactions: my account was taken over on {discoveredAt}. Please freeze them and give me a statement of the transactions.",
      { kinds: ["INSURANCE_CLAIM"] },
    ),
    para(
      "本人账户涉及司法冻结（{court}，通知书编号{noticeNumber}），请告知冻结机关、冻结金额和到期日。",
      "My account is under a judicial freeze ({court}, notice number {noticeNumber}). Please tell me the freezing authority, the amount frozen and the expiry date.",
      { kinds: ["JUDICIAL_FREEZE"] },
    ),
    restrictionSince(
      {
        "zh-CN": "，请告知具体原因和解除所需材料。",
        en: ". Please tell me the exact reason and what I must provide to lift it.",
      },
      { kinds: ["ACCOUNT_RESTRICTED"] },
    ),
    EVIDENCE,
    SIGNATURE,
  ],
};
