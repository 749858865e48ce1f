import type { CaseKind } from "@/lib/cases/schema";
import type { Bilingual } from "@/lib/deadlines";
import type { Recipient } from "./recipients";

// Letter templates as data. `{field}` is filled from the case (lib/letters/fields.ts) or
// becomes a visible 【待补充】/[TO FILL IN] placeholder; `{payments}`, `{evidence}` and
// `{timeline}` expand to numbered lists. A paragraph with `kinds` is only for those case
// kinds; one with `ifPresent` only when the case has that fact (so "reported on …" is
// never claimed for a case that was not reported). Channels named here are official
// only: 110 / 96110, the platforms' own hotlines (95017, 95188), the court.

export interface LetterParagraph {
  readonly text: Bilingual;
  readonly kinds?: readonly CaseKind[];
  readonly ifPresent?: string;
}

export interface LetterTemplate {
  readonly title: Bilingual;
  readonly paragraphs: readonly LetterParagraph[];
}

const SIGNATURE: LetterParagraph = {
  text: {
    "zh-CN": "此致\n\n申请人：{applicantName}\n身份证号码：{idNumber}\n联系电话：{phone}\n日期：{today}",
    en: "Yours faithfully,\n\n{applicantName}\nID card number: {idNumber}\nPhone: {phone}\nDate: {today}",
  },
};

const PAYMENTS: LetterParagraph = {
  text: {
    "zh-CN": "付款明细（共 {paymentCount} 笔，合计{amount}）：\n{payments}",
    en: "The payments ({paymentCount}, {amount} in total):\n{payments}",
  },
};

const EVIDENCE: LetterParagraph = {
  text: {
    "zh-CN":
      "随附证据（共 {evidenceCount} 份，每份注明 SHA-256 值，可用 sha256sum、shasum 或 certutil 核对文件未被改动）：\n{evidence}",
    en: "Enclosed evidence, {evidenceCount} in all, each with its SHA-256 (sha256sum, shasum or certutil can check that a file is unchanged):\n{evidence}",
  },
};

const TIMELINE: LetterParagraph = {
  text: { "zh-CN": "事情经过：\n{timeline}", en: "What happened, in order:\n{timeline}" },
};

export const TEMPLATES: Readonly<Record<Recipient, LetterTemplate>> = {
  police: {
    title: { "zh-CN": "报案材料", en: "Statement to the police" },
    paragraphs: [
      { text: { "zh-CN": "{policeStation}：", en: "To: {policeStation}" } },
      {
        text: {
          "zh-CN": "报案人{applicantName}，身份证号码{idNumber}，联系电话{phone}，住址{address}。",
          en: "I, {applicantName} (ID card number {idNumber}, phone {phone}, address {address}), report the following.",
        },
      },
      {
        kinds: ["FRAUD"],
        text: {
          "zh-CN":
            "本人于{discoveredAt}发现被骗。此前本人通过{platform}向对方{counterparty}（账号：{counterpartyAccount}）转账共 {paymentCount} 笔，合计{amount}，首笔付款时间为{firstPaymentAt}。",
          en: "On {discoveredAt} I found out I had been defrauded. Before that I had sent {paymentCount} payments through {platform} to {counterparty} (account {counterpartyAccount}), {amount} in total; the first at {firstPaymentAt}.",
        },
      },
      {
        kinds: ["INSURANCE_CLAIM"],
        text: {
          "zh-CN":
            "本人于{discoveredAt}发现本人的{platform}账户被盗用，共发生 {paymentCount} 笔非本人操作的交易，合计{amount}。",
          en: "On {discoveredAt} I found that my {platform} account had been taken over: {paymentCount} transactions I did not make, {amount} in total.",
        },
      },
      PAYMENTS,
      TIMELINE,
      EVIDENCE,
      {
        ifPresent: "policeReportedAt",
        text: {
          "zh-CN": "本人已于{policeReportedAt}报警，回执号：{policeReceiptNo}。现补充提交以上材料。",
          en: "I first reported this on {policeReportedAt} (receipt number {policeReceiptNo}); this statement adds the material above.",
        },
      },
      {
        text: {
          "zh-CN":
            "请求公安机关依法立案侦查，并及时通知相关支付机构和银行对涉案账户止付、冻结，追回本人损失。本人保证以上陈述属实。",
          en: "I ask the police to open a criminal case, to have the payment institutions and banks stop and freeze the accounts involved without delay, and to recover my loss. I confirm that this statement is true.",
        },
      },
      {
        text: {
          "zh-CN": "（可同时拨打 110 报警，或拨打 96110 反诈专线咨询。）",
          en: "(You can also call 110, or the 96110 anti-fraud line for advice.)",
        },
      },
      SIGNATURE,
    ],
  },
  "platform-complaint": {
    title: { "zh-CN": "投诉书", en: "Complaint to the platform" },
    paragraphs: [
      { text: { "zh-CN": "致{platform}（{hotline}）：", en: "To {platform} ({hotline}):" } },
      {
        text: {
          "zh-CN": "投诉人{applicantName}，{platform}账户绑定手机号{phone}，现就以下交易提出投诉：",
          en: "I, {applicantName}, holder of the {platform} account registered to {phone}, complain about the following transactions:",
        },
      },
      PAYMENTS,
      {
        kinds: ["FRAUD"],
        text: {
          "zh-CN": "以上款项系本人被骗转出，本人已于{policeReportedAt}报警，回执号{policeReceiptNo}。",
          en: "These payments were obtained from me by fraud. I reported it to the police on {policeReportedAt}, receipt number {policeReceiptNo}.",
        },
      },
      {
        kinds: ["MERCHANT_DISPUTE"],
        text: {
          "zh-CN": "订单号{orderNumber}。商户未按约定履行，本人要求退款。",
          en: "Order number {orderNumber}. The merchant did not perform as agreed, and I ask for a refund.",
        },
      },
      {
        kinds: ["MISDIRECTED_TRANSFER"],
        text: {
          "zh-CN": "以上转账系本人误操作转错，收款方{counterparty}（账号：{counterpartyAccount}）无权占有该款项。",
          en: "I made these transfers by mistake; the recipient, {counterparty} (account {counterpartyAccount}), has no right to the money.",
        },
      },
      {
        kinds: ["ACCOUNT_RESTRICTED"],
        text: {
          "zh-CN": "本人账户自{noticedAt}起出现“{restriction}”，平台说明的原因为：{statedReason}。",
          en: "Since {noticedAt} my account shows “{restriction}”; the reason the platform gave: {statedReason}.",
        },
      },
      TIMELINE,
      EVIDENCE,
      {
        text: {
          "zh-CN": "请平台核实上述情况，依规处理并在规定期限内书面答复。",
          en: "Please investigate, act under your rules and reply in writing within your stated time limit.",
        },
      },
      SIGNATURE,
    ],
  },
  "cs-appeal": {
    title: { "zh-CN": "客服申诉", en: "Appeal to customer service" },
    paragraphs: [
      { text: { "zh-CN": "{platform}客服（{hotline}）：", en: "{platform} customer service ({hotline}):" } },
      {
        text: {
          "zh-CN": "本人{applicantName}，账户绑定手机号{phone}。就以下交易申请协助，涉及金额{amount}：",
          en: "I am {applicantName}, account registered to {phone}. I ask for your help with these transactions, {amount} in total:",
        },
      },
      PAYMENTS,
      {
        kinds: ["MISDIRECTED_TRANSFER"],
        text: {
          "zh-CN": "以上款项系转错账，请协助联系收款方{counterparty}退回，或告知退回途径。",
          en: "I sent this to the wrong person. Please contact the recipient, {counterparty}, to return it, or tell me how it can be returned.",
        },
      },
      {
        kinds: ["FRAUD"],
        text: {
          "zh-CN": "以上款项系本人被骗转出（已报警，回执号{policeReceiptNo}），请协助对收款账户采取限制措施。",
          en: "I was defrauded into sending this (reported to the police, receipt number {policeReceiptNo}). Please restrict the receiving account.",
        },
      },
      {
        kinds: ["MERCHANT_DISPUTE"],
        text: {
          "zh-CN": "订单号{orderNumber}，商户拒绝退款，请平台介入处理。",
          en: "Order number {orderNumber}: the merchant refuses a refund; please step in.",
        },
      },
      {
        kinds: ["INSURANCE_CLAIM"],
        text: {
          "zh-CN": "以上交易非本人操作，本人账户于{discoveredAt}被盗用，请协助冻结相关交易并出具交易证明。",
          en: "I did not make these transactions: my account was taken over on {discoveredAt}. Please freeze them and give me a statement of the transactions.",
        },
      },
      {
        kinds: ["JUDICIAL_FREEZE"],
        text: {
          "zh-CN": "本人账户涉及司法冻结（{court}，通知书编号{noticeNumber}），请告知冻结机关、冻结金额和到期日。",
          en: "My account is under a judicial freeze ({court}, notice number {noticeNumber}). Please tell me the freezing authority, the amount frozen and the expiry date.",
        },
      },
      {
        kinds: ["ACCOUNT_RESTRICTED"],
        text: {
          "zh-CN": "本人账户自{noticedAt}起出现“{restriction}”，请告知具体原因和解除所需材料。",
          en: "Since {noticedAt} my account shows “{restriction}”. Please tell me the exact reason and what I must provide to lift it.",
        },
      },
      EVIDENCE,
      SIGNATURE,
    ],
  },
  insurer: {
    title: { "zh-CN": "理赔申请书", en: "Insurance claim" },
    paragraphs: [
      { text: { "zh-CN": "{insurerName}：", en: "To {insurerName}:" } },
      {
        text: {
          "zh-CN": "被保险人{applicantName}，身份证号码{idNumber}，保单号{policyNumber}，理赔号{claimNumber}。",
          en: "Insured: {applicantName}, ID card number {idNumber}, policy number {policyNumber}, claim number {claimNumber}.",
        },
      },
      {
        text: {
          "zh-CN":
            "本人于{discoveredAt}发现{platform}账户被盗用，发生非本人操作的交易共 {paymentCount} 笔，合计{amount}，已于{theftReportedAt}向贵公司报案。",
          en: "On {discoveredAt} I found my {platform} account had been taken over; {paymentCount} transactions I did not make, {amount} in total. I reported it to you on {theftReportedAt}.",
        },
      },
      PAYMENTS,
      {
        ifPresent: "policeReportedAt",
        text: {
          "zh-CN": "本人已于{policeReportedAt}报警，回执号{policeReceiptNo}。",
          en: "I reported it to the police on {policeReportedAt}, receipt number {policeReceiptNo}.",
        },
      },
      EVIDENCE,
      {
        text: {
          "zh-CN": "请按保险合同约定核定并赔付上述损失。",
          en: "Please assess and pay this loss under the policy.",
        },
      },
      SIGNATURE,
    ],
  },
  "court-preservation": {
    title: { "zh-CN": "财产保全申请书（提纲）", en: "Application for property preservation (outline)" },
    paragraphs: [
      { text: { "zh-CN": "{court}：", en: "To {court}:" } },
      {
        text: {
          "zh-CN": "申请人：{applicantName}，身份证号码{idNumber}，住址{address}，联系电话{phone}。",
          en: "Applicant: {applicantName}, ID card number {idNumber}, address {address}, phone {phone}.",
        },
      },
      {
        text: {
          "zh-CN": "被申请人：{counterparty}，账号{counterpartyAccount}。",
          en: "Respondent: {counterparty}, account {counterpartyAccount}.",
        },
      },
      {
        text: {
          "zh-CN": "请求事项：冻结被申请人名下账户内的存款{amount}，或查封、扣押其同等价值的其他财产。",
          en: "Request: freeze {amount} in the respondent's accounts, or seize other property of equal value.",
        },
      },
      {
        text: {
          "zh-CN":
            "事实与理由：申请人通过{platform}向被申请人付款共 {paymentCount} 笔，合计{amount}。被申请人至今未予返还，可能转移财产，致使将来的判决难以执行。依照《中华人民共和国民事诉讼法》第一百零三条、第一百零四条的规定，申请财产保全。",
          en: "Facts and reasons: the applicant paid the respondent {amount} in {paymentCount} payments through {platform}, and the respondent has not returned it and may move the money away, making a later judgment hard to enforce. Under Articles 103 and 104 of the Civil Procedure Law of the PRC, the applicant applies for preservation.",
        },
      },
      {
        kinds: ["JUDICIAL_FREEZE"],
        text: { "zh-CN": "关联案号：{noticeNumber}。", en: "Related case number: {noticeNumber}." },
      },
      PAYMENTS,
      EVIDENCE,
      {
        text: {
          "zh-CN": "申请人愿意按法院要求提供担保。（提纲：正式提交前请按法院要求补充担保材料和被申请人身份信息。）",
          en: "The applicant will give security as the court requires. (Outline: before filing, add the security documents and the respondent's identity details the court asks for.)",
        },
      },
      SIGNATURE,
    ],
  },
  unfreeze: {
    title: { "zh-CN": "账户解除限制申请", en: "Request to lift an account restriction" },
    paragraphs: [
      { text: { "zh-CN": "{platform}（{hotline}）：", en: "To {platform} ({hotline}):" } },
      {
        text: {
          "zh-CN": "本人{applicantName}，身份证号码{idNumber}，账户绑定手机号{phone}。",
          en: "I am {applicantName}, ID card number {idNumber}, account registered to {phone}.",
        },
      },
      {
        text: {
          "zh-CN": "本人账户自{noticedAt}起出现“{restriction}”，平台说明的原因为：{statedReason}。",
          en: "Since {noticedAt} my account shows “{restriction}”; the reason given: {statedReason}.",
        },
      },
      {
        text: {
          "zh-CN": "本人确认账户由本人实名使用，相关资金来源合法。近期交易如下（合计{amount}）：\n{payments}",
          en: "I confirm that I use this account in my own name and that the funds are lawful. My recent transactions ({amount} in total):\n{payments}",
        },
      },
      EVIDENCE,
      {
        text: {
          "zh-CN": "请核实后解除对本人账户的限制；如需补充材料，请通过应用内消息或官方客服告知。",
          en: "Please verify and lift the restriction on my account; if you need more material, tell me through in-app messages or official customer service.",
        },
      },
      SIGNATURE,
    ],
  },
};
