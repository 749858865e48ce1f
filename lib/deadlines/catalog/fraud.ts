import { EVIDENCE as E } from "./evidence";
import type { DeadlineRule } from "./rule-types";
import { SOURCES as S, cites } from "./sources";

/** 诈骗: the user was defrauded. */
export const FRAUD_RULES: readonly DeadlineRule[] = [
  {
    id: "fraud.police-report",
    kind: "FRAUD",
    scope: { platforms: "ALL" },
    label: { "zh-CN": "向公安机关报案（110 / 96110）", en: "Report to the police (110 / anti-fraud 96110)" },
    owner: "USER",
    trigger: ["FRAUD_DISCOVERED"],
    metBy: ["POLICE_REPORTED"],
    window: { clock: "HOURS", min: 48, max: 48 },
    evidence: [E.transferVouchers, E.fraudsterAccount, E.chatRecords, E.idCard],
    escalation: {
      channel: "110 / 96110",
      text: {
        "zh-CN": "立即补报（110 / 96110）。迟报仍然有效，但拦截资金的机会随时间减少",
        en: "Report now anyway (110 / 96110). A late report still counts, but the chance to intercept funds shrinks by the hour",
      },
    },
    note: {
      "zh-CN": "越早报案，拦截资金的机会越大，也可保住保险保障",
      en: "The earlier, the better the chance to intercept funds; it also keeps insurance cover",
    },
    source: cites(S.wechatInsurance, S.wechatJudicial),
  },
  {
    id: "fraud.platform-report-review",
    kind: "FRAUD",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "平台举报诈骗审核", en: "Platform fraud-report review" },
    owner: "COUNTERPARTY",
    trigger: ["PLATFORM_REPORT_FILED"],
    metBy: ["PLATFORM_REPORT_ANSWERED"],
    window: { clock: "WORKING_DAYS", min: 7, max: 15 },
    evidence: [E.policeReceipt, E.fundFlow, E.fraudsterAccount, E.transferVouchers, E.chatRecords],
    escalation: {
      channel: "cyber police",
      text: {
        "zh-CN": "携身份证和报案回执到属地网警部门备案，并咨询司法冻结",
        en: "Take your ID and the filing receipt to the local cyber police and ask about a judicial freeze",
      },
    },
    reportedSuccessRate: 0.3,
    source: S.wechatComplaint,
  },
];
