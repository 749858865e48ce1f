import type { DeadlineRule } from "./rule-types";
import { SOURCES as S } from "./sources";

/** Rules that apply whatever the case kind. */
export const ALL_KINDS_RULES: readonly DeadlineRule[] = [
  {
    id: "all.statement-download",
    kind: "ALL",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "在账单记录过期前下载明细", en: "Download statements before they age out of the app" },
    owner: "USER",
    trigger: ["TRANSFER_MADE"],
    metBy: ["STATEMENTS_DOWNLOADED"],
    // 零钱明细 keeps about 3 years; a 30-day margin because "about" is not a promise.
    window: { clock: "CALENDAR_DAYS", min: { years: 3, days: -30 }, max: { years: 3, days: -30 } },
    evidence: [],
    escalation: {
      text: {
        "zh-CN": "应用内记录可能已不可查，请向平台或银行申请出具流水证明",
        en: "Older entries may be gone from the app. Ask the platform or your bank for a certified statement",
      },
    },
    source: S.wechatStatements,
  },
  {
    id: "all.civil-limitation",
    kind: "ALL",
    scope: { platforms: "ALL" },
    label: { "zh-CN": "民事诉讼时效", en: "Civil limitation period" },
    owner: "USER",
    // The earliest sign the user knew of the loss starts the clock (the safe side).
    trigger: ["LOSS_KNOWN", "FRAUD_DISCOVERED", "THEFT_DISCOVERED"],
    metBy: ["SUIT_FILED"],
    window: { clock: "CALENDAR_DAYS", min: { years: 3 }, max: { years: 3 } },
    evidence: [],
    escalation: {
      text: {
        "zh-CN": "诉讼时效可能已届满，请咨询律师时效是否曾中断或中止",
        en: "The limitation period may have expired. Ask a lawyer whether it was interrupted or suspended",
      },
    },
    source: S.civilCode188,
  },
];
