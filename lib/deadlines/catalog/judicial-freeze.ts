import { EVIDENCE as E } from "./evidence";
import type { DeadlineRule } from "./rule-types";

/** 司法冻结: the user's account is frozen, or the user asks a court to freeze the other side's funds. */
export const JUDICIAL_FREEZE_RULES: readonly DeadlineRule[] = [
  {
    id: "freeze.preservation-ruling",
    kind: "JUDICIAL_FREEZE",
    label: { "zh-CN": "法院对诉前保全申请作出裁定", en: "Court rules on the preservation application" },
    owner: "COUNTERPARTY",
    trigger: ["PRESERVATION_ACCEPTED"],
    metBy: ["PRESERVATION_RULED"],
    window: { clock: "HOURS", min: 48, max: 48 },
    evidence: [E.idBothSides, E.courtDocuments],
    escalation: {
      channel: "court case-filing division (立案庭)",
      text: {
        "zh-CN": "向法院立案庭询问裁定情况,保留受理通知",
        en: "Ask the court's case-filing division (立案庭) about the ruling; keep the acceptance notice",
      },
    },
    source: "民事诉讼法 art. 104 (接受申请后四十八小时内作出裁定)",
  },
  {
    id: "freeze.file-suit",
    kind: "JUDICIAL_FREEZE",
    label: { "zh-CN": "保全后起诉或申请仲裁", en: "File suit or arbitration after preservation" },
    owner: "USER",
    trigger: ["PRESERVATION_EXECUTED"],
    metBy: ["SUIT_FILED"],
    window: { clock: "CALENDAR_DAYS", min: { days: 30 }, max: { days: 30 } },
    evidence: [E.courtDocuments, E.idBothSides],
    escalation: {
      text: {
        "zh-CN": "法院将解除保全:立即起诉或申请仲裁并告知法院,建议委托律师",
        en: "The court will lift the preservation: file suit or arbitration at once and tell the court; a lawyer is strongly advised",
      },
    },
    source: "民事诉讼法 art. 104 (三十日内不起诉或申请仲裁的, 解除保全)",
  },
  {
    id: "freeze.expiry-renewal",
    kind: "JUDICIAL_FREEZE",
    label: { "zh-CN": "冻结到期前申请续冻", en: "Renew the freeze before it expires" },
    owner: "USER",
    trigger: ["FREEZE_NOTICE_RECEIVED"],
    metBy: ["FREEZE_RENEWED"],
    window: { clock: "FIXED", fromFact: "freezeExpiresOn" },
    evidence: [E.courtDocuments],
    escalation: {
      text: {
        "zh-CN": "冻结已到期:立即向法院申请重新冻结",
        en: "The freeze has expired: apply to the court for a new freeze at once",
      },
    },
    source: "freeze notice (冻结期限以法院通知书载明为准)",
  },
  {
    id: "freeze.risk-control-unfreeze",
    kind: "JUDICIAL_FREEZE",
    label: { "zh-CN": "风控冻结解冻(承诺书+人脸识别)", en: "Risk-control unfreeze (undertaking + face check)" },
    owner: "COUNTERPARTY",
    trigger: ["UNFREEZE_MATERIALS_SUBMITTED"],
    metBy: ["UNFROZEN"],
    window: { clock: "CALENDAR_DAYS", min: { days: 1 }, max: { days: 3 } },
    evidence: [E.idBothSides, E.undertaking],
    escalation: {
      channel: "WeChat Pay 95017 / Alipay 95188",
      text: {
        "zh-CN": "联系客服(微信支付95017,支付宝95188)并提供提交记录",
        en: "Call customer service (WeChat Pay 95017, Alipay 95188) with your submission record",
      },
    },
    source: "seed 002 §四 (风险交易: 提交承诺书+人脸识别, 1-3日)",
  },
];
