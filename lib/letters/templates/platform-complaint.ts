import {
  EVIDENCE,
  type LetterTemplate,
  PAYMENTS,
  SIGNATURE,
  TIMELINE,
  addressedTo,
  para,
  policeReported,
  restrictionSince,
} from "./shared";

export const platformComplaint: LetterTemplate = {
  title: { "zh-CN": "投诉书", en: "Complaint to the platform" },
  paragraphs: [
    addressedTo({ "zh-CN": "致{service}", en: "{service}" }),
    para(
      "投诉人{applicantName}，{platform}账户绑定手机号{phone}，现就以下交易提出投诉：",
      "I, {applicantName}, holder of the {platform} account registered to {phone}, complain about the following transactions:",
    ),
    PAYMENTS,
    policeReported(
      { "zh-CN": "以上款项系本人被骗转出，", en: "These payments were obtained from me by fraud. " },
      { kinds: ["FRAUD"] },
    ),
    para(
      "订单号{orderNumber}。商户未按约定履行，本人要求退款。",
      "Order number {orderNumber}. The merchant did not perform as agreed, and I ask for a refund.",
      { kinds: ["MERCHANT_DISPUTE"] },
    ),
    para(
      "以上转账系本人误操作转错，收款方{counterparty}（账号：{counterpartyAccount}）无权占有该款项。",
      "I made these transfers by mistake; the recipient, {counterparty} (account {counterpartyAccount}), has no right to the money.",
      { kinds: ["MISDIRECTED_TRANSFER"] },
    ),
    restrictionSince(
      {
        "zh-CN": "，平台说明的原因为：{statedReason}。",
        en: "; the reason the platform gave: {statedReason}.",
      },
      { kinds: ["ACCOUNT_RESTRICTED"] },
    ),
    TIMELINE,
    EVIDENCE,
    para(
      "请平台核实上述情况，依规处理并在规定期限内书面答复。",
      "Please investigate, act under your rules and reply in writing within your stated time limit.",
    ),
    SIGNATURE,
  ],
};
