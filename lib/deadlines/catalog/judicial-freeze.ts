import { EVIDENCE as E } from "./evidence";
import type { DeadlineRule } from "./rule-types";
import { SOURCES as S, cites } from "./sources";

/**
 * 司法冻结: the user's account is frozen by a court, or the user asks a court to
 * freeze the other side's funds. A platform's own risk-control freeze is the
 * ACCOUNT_RESTRICTED kind (account-restricted.ts).
 */
export const JUDICIAL_FREEZE_RULES: readonly DeadlineRule[] = [
  {
    id: "freeze.preservation-ruling",
    kind: "JUDICIAL_FREEZE",
    scope: { platforms: "ALL", situations: ["FREEZE_OTHER_SIDE"] },
    label: { "zh-CN": "法院对诉前保全申请作出裁定", en: "Court rules on the preservation application" },
    owner: "COUNTERPARTY",
    trigger: ["PRESERVATION_ACCEPTED"],
    metBy: ["PRESERVATION_RULED"],
    window: { clock: "HOURS", min: 48, max: 48 },
    evidence: [E.idBothSides, E.courtDocuments],
    escalation: {
      channel: "court case-filing division",
      text: {
        "zh-CN": "向法院立案庭询问裁定情况，保留受理通知",
        en: "Ask the court's case-filing division about the ruling; keep the acceptance notice",
      },
    },
    source: S.civilProcedure104,
  },
  {
    id: "freeze.file-suit",
    kind: "JUDICIAL_FREEZE",
    scope: { platforms: "ALL", situations: ["FREEZE_OTHER_SIDE"] },
    label: { "zh-CN": "保全后起诉或申请仲裁", en: "File suit or arbitration after preservation" },
    owner: "USER",
    trigger: ["PRESERVATION_EXECUTED"],
    metBy: ["SUIT_FILED"],
    window: { clock: "CALENDAR_DAYS", min: { days: 30 }, max: { days: 30 } },
    evidence: [E.courtDocuments, E.idBothSides],
    escalation: {
      text: {
        "zh-CN": "法院将解除保全，请立即起诉或申请仲裁并告知法院，建议委托律师",
        en: "The court will lift the preservation. File suit or arbitration at once and tell the court; a lawyer is strongly advised",
      },
    },
    source: cites(S.civilProcedure104, S.wechatJudicial),
  },
  {
    id: "freeze.expiry-renewal",
    kind: "JUDICIAL_FREEZE",
    scope: { platforms: "ALL", situations: ["MY_ACCOUNT_FROZEN"] },
    label: { "zh-CN": "冻结到期前申请续冻", en: "Renew the freeze before it expires" },
    owner: "USER",
    trigger: ["FREEZE_NOTICE_RECEIVED"],
    metBy: ["FREEZE_RENEWED"],
    window: { clock: "FIXED", fromFact: "freezeExpiresOn" },
    evidence: [E.courtDocuments],
    escalation: {
      text: {
        "zh-CN": "冻结已到期，请立即向法院申请重新冻结",
        en: "The freeze has expired. Apply to the court for a new freeze at once",
      },
    },
    source: S.freezeNotice,
  },
];
