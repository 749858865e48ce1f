import { EVIDENCE, type LetterTemplate, PAYMENTS, SIGNATURE, addressedTo, para, policeReported } from "./shared";

export const insurer: LetterTemplate = {
  title: { "zh-CN": "理赔申请书", en: "Insurance claim" },
  paragraphs: [
    addressedTo({ "zh-CN": "{insurerName}", en: "{insurerName}" }),
    para(
      "被保险人{applicantName}，身份证号码{idNumber}，保单号{policyNumber}，理赔号{claimNumber}。",
      "Insured: {applicantName}, ID card number {idNumber}, policy number {policyNumber}, claim number {claimNumber}.",
    ),
    para(
      "本人于{discoveredAt}发现{platform}账户被盗用，发生非本人操作的交易共 {paymentCount} 笔，合计{amount}，已于{theftReportedAt}向贵公司报案。",
      "On {discoveredAt} I found my {platform} account had been taken over; {paymentCount} transactions I did not make, {amount} in total. I reported it to you on {theftReportedAt}.",
    ),
    PAYMENTS,
    policeReported({ "zh-CN": "", en: "" }, { ifPresent: "policeReportedAt" }),
    EVIDENCE,
    para("请按保险合同约定核定并赔付上述损失。", "Please assess and pay this loss under the policy."),
    SIGNATURE,
  ],
};
