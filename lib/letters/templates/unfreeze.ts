import { EVIDENCE, type LetterTemplate, SIGNATURE, addressedTo, para, restrictionSince } from "./shared";

export const unfreeze: LetterTemplate = {
  title: { "zh-CN": "账户解除限制申请", en: "Request to lift an account restriction" },
  paragraphs: [
    addressedTo({ "zh-CN": "{service}", en: "{service}" }),
    para(
      "本人{applicantName}，身份证号码{idNumber}，账户绑定手机号{phone}。",
      "I am {applicantName}, ID card number {idNumber}, account registered to {phone}.",
    ),
    restrictionSince({ "zh-CN": "，平台说明的原因为：{statedReason}。", en: "; the reason given: {statedReason}." }),
    para(
      "本人确认账户由本人实名使用，相关资金来源合法。近期交易如下（合计{amount}）：\n{payments}",
      "I confirm that I use this account in my own name and that the funds are lawful. My recent transactions ({amount} in total):\n{payments}",
      { ifPresent: "moneyInvolved" },
    ),
    para(
      "本人确认账户由本人实名使用，相关资金来源合法。",
      "I confirm that I use this account in my own name and that the funds are lawful.",
      { ifAbsent: "moneyInvolved" },
    ),
    EVIDENCE,
    para(
      "请核实后解除对本人账户的限制；如需补充材料，请通过应用内消息或官方客服告知。",
      "Please verify and lift the restriction on my account; if you need more material, tell me through in-app messages or official customer service.",
    ),
    SIGNATURE,
  ],
};
