import { EVIDENCE, type LetterTemplate, PAYMENTS, SIGNATURE, addressedTo, para } from "./shared";

export const courtPreservation: LetterTemplate = {
  title: { "zh-CN": "财产保全申请书（提纲）", en: "Application for property preservation (outline)" },
  paragraphs: [
    addressedTo({ "zh-CN": "{court}", en: "{court}" }),
    para(
      "申请人：{applicantName}，身份证号码{idNumber}，住址{address}，联系电话{phone}。",
      "Applicant: {applicantName}, ID card number {idNumber}, address {address}, phone {phone}.",
    ),
    para(
      "被申请人：{counterparty}，账号{counterpartyAccount}。",
      "Respondent: {counterparty}, account {counterpartyAccount}.",
    ),
    para(
      "请求事项：冻结被申请人名下账户内的存款{amount}，或查封、扣押其同等价值的其他财产。",
      "Request: freeze {amount} in the respondent's accounts, or seize other property of equal value.",
      { ifPresent: "moneyInvolved" },
    ),
    para(
      "请求事项：冻结被申请人名下账户内的存款{preservationAmount}，或查封、扣押其同等价值的其他财产。",
      "Request: freeze {preservationAmount} in the respondent's accounts, or seize other property of equal value.",
      { ifAbsent: "moneyInvolved" },
    ),
    para(
      "事实与理由：申请人通过{platform}向被申请人付款共 {paymentCount} 笔，合计{amount}。被申请人至今未予返还，可能转移财产，致使将来的判决难以执行。依照《中华人民共和国民事诉讼法》第一百零三条、第一百零四条的规定，申请财产保全。",
      "Facts and reasons: the applicant paid the respondent {amount} in {paymentCount} payments through {platform}, and the respondent has not returned it and may move the money away, making a later judgment hard to enforce. Under Articles 103 and 104 of the Civil Procedure Law of the PRC, the applicant applies for preservation.",
      { ifPresent: "moneyInvolved" },
    ),
    // No payment recorded (a freeze case): the facts are the writer's, no "共 0 笔".
    para(
      "事实与理由：{preservationFacts}。被申请人可能转移财产，致使将来的判决难以执行。依照《中华人民共和国民事诉讼法》第一百零三条、第一百零四条的规定，申请财产保全。",
      "Facts and reasons: {preservationFacts}. The respondent may move the money away, making a later judgment hard to enforce. Under Articles 103 and 104 of the Civil Procedure Law of the PRC, the applicant applies for preservation.",
      { ifAbsent: "moneyInvolved" },
    ),
    para("关联案号：{noticeNumber}。", "Related case number: {noticeNumber}.", { kinds: ["JUDICIAL_FREEZE"] }),
    PAYMENTS,
    EVIDENCE,
    para(
      "申请人愿意按法院要求提供担保。（提纲：正式提交前请按法院要求补充担保材料和被申请人身份信息。）",
      "The applicant will give security as the court requires. (Outline: before filing, add the security documents and the respondent's identity details the court asks for.)",
    ),
    SIGNATURE,
  ],
};
