import { EVIDENCE, type LetterTemplate, PAYMENTS, SIGNATURE, TIMELINE, para, policeReported } from "./shared";

export const police: LetterTemplate = {
  title: { "zh-CN": "报案材料", en: "Statement to the police" },
  paragraphs: [
    para("{policeStation}：", "To: {policeStation}"),
    para(
      "报案人{applicantName}，身份证号码{idNumber}，联系电话{phone}，住址{address}。",
      "I, {applicantName} (ID card number {idNumber}, phone {phone}, address {address}), report the following.",
    ),
    para(
      "本人于{discoveredAt}发现被骗。此前本人通过{platform}向对方{counterparty}（账号：{counterpartyAccount}）转账共 {paymentCount} 笔，合计{amount}，首笔付款时间为{firstPaymentAt}。",
      "On {discoveredAt} I found out I had been defrauded. Before that I had sent {paymentCount} payments through {platform} to {counterparty} (account {counterpartyAccount}), {amount} in total; the first at {firstPaymentAt}.",
      { kinds: ["FRAUD"] },
    ),
    para(
      "本人于{discoveredAt}发现本人的{platform}账户被盗用，共发生 {paymentCount} 笔非本人操作的交易，合计{amount}。",
      "On {discoveredAt} I found that my {platform} account had been taken over: {paymentCount} transactions I did not make, {amount} in total.",
      { kinds: ["INSURANCE_CLAIM"] },
    ),
    PAYMENTS,
    TIMELINE,
    EVIDENCE,
    policeReported(
      { "zh-CN": "", en: "" },
      { ifPresent: "policeReportedAt" },
      { "zh-CN": "现补充提交以上材料。", en: " This statement adds the material above." },
    ),
    para(
      "请求公安机关依法立案侦查，并及时通知相关支付机构和银行对涉案账户止付、冻结，追回本人损失。本人保证以上陈述属实。",
      "I ask the police to open a criminal case, to have the payment institutions and banks stop and freeze the accounts involved without delay, and to recover my loss. I confirm that this statement is true.",
    ),
    para(
      "（可同时拨打 110 报警，或拨打 96110 反诈专线咨询。）",
      "(You can also call 110, or the 96110 anti-fraud line for advice.)",
    ),
    SIGNATURE,
  ],
};
