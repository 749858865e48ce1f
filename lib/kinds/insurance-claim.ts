import { z } from "zod";
import { EVIDENCE as E, SOURCES as S, cites, type DeadlineRule } from "@/lib/deadlines";
import { defineKind } from "./define";
import {
  discoveryDefaults,
  discoveryEvents,
  discoveryFacts,
  discoveryForm,
  reportForm,
  storeDiscovery,
  storedDiscovery,
  storeReport,
} from "./discovery";
import { optional, optionalWallTime, storedMaybeInstant, storedText, whenYes, yesNo } from "./fields";
import { at } from "./summary";

const INSURANCE_CLAIM_RULES: readonly DeadlineRule[] = [
  {
    id: "insurance.theft-report",
    kind: "INSURANCE_CLAIM",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "盗刷后报案", en: "Report the theft" },
    owner: "USER",
    trigger: ["THEFT_DISCOVERED"],
    metBy: ["THEFT_REPORTED"],
    window: { clock: "HOURS", min: 48, max: 48 },
    evidence: [E.transactionScreenshots],
    escalation: {
      text: {
        "zh-CN": "立即向保险公司和公安机关报案，并询问逾期报案是否仍可理赔",
        en: "Report to the insurer and the police now, and ask whether a late report is still covered",
      },
    },
    source: S.wechatInsurance,
  },
  {
    id: "insurance.hijack-review",
    kind: "INSURANCE_CLAIM",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "账户劫持理赔审核", en: "Claim review: account hijack" },
    owner: "COUNTERPARTY",
    trigger: ["CLAIM_FILED"],
    metBy: ["CLAIM_APPROVED", "CLAIM_REJECTED"],
    window: { clock: "WORKING_DAYS", min: 5, max: 10 },
    evidence: [E.policeReceipt, E.transactionScreenshots, E.deviceLoginRecords, E.faceCheckFailures],
    escalation: {
      channel: "insurer hotline / 12378",
      text: {
        "zh-CN": "致电保险公司要求书面答复；仍无结果可拨打12378向金融监管部门投诉",
        en: "Ask the insurer for a written decision; failing that, complain to the financial regulator (12378)",
      },
    },
    source: S.wechatInsurance,
  },
  {
    id: "insurance.payout",
    kind: "INSURANCE_CLAIM",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "审核通过后赔付", en: "Payout after approval" },
    owner: "COUNTERPARTY",
    trigger: ["CLAIM_APPROVED"],
    metBy: ["PAID_OUT"],
    // Seed 002 §六 "审核通过后3日内": its own column says 个工作日 where it means working days,
    // so 3日 is 3 calendar days (docs/domain/deadline-rules.md, clock audit).
    window: { clock: "CALENDAR_DAYS", min: { days: 3 }, max: { days: 3 } },
    evidence: [],
    escalation: {
      channel: "insurer hotline / 12378",
      text: {
        "zh-CN": "催促保险公司付款；仍未到账可拨打12378投诉",
        en: "Chase the insurer for payment; if it still does not arrive, complain to 12378",
      },
    },
    source: S.wechatInsurance,
  },
  {
    id: "insurance.claim-limitation",
    kind: "INSURANCE_CLAIM",
    scope: { platforms: "ALL" },
    label: { "zh-CN": "理赔请求时效（非人寿保险）", en: "Claim limitation period (non-life insurance)" },
    owner: "USER",
    // Theft discovered = loss known for this kind; the earlier of the two starts the clock (the safe side).
    trigger: ["THEFT_DISCOVERED", "LOSS_KNOWN"],
    metBy: ["CLAIM_FILED"],
    window: { clock: "CALENDAR_DAYS", min: { years: 2 }, max: { years: 2 } },
    evidence: [E.policeReceipt, E.transactionScreenshots],
    escalation: {
      text: {
        "zh-CN": "理赔时效可能已过，请咨询律师时效是否曾中断",
        en: "The claim period may have run out. Ask a lawyer whether it was interrupted",
      },
    },
    source: S.insuranceLaw26,
  },
];

/** 保险理赔 for account theft (e.g. 百万保障). */
export const INSURANCE_CLAIM = defineKind({
  kind: "INSURANCE_CLAIM",
  facts: z
    .object({
      ...discoveryFacts,
      policyNumber: optional(64),
      claimNumber: optional(64),
      theftReported: yesNo,
      theftReportedAt: optionalWallTime,
    })
    .superRefine(whenYes("theftReported", "theftReportedAt")),
  stored: z.object({
    kind: z.literal("INSURANCE_CLAIM"),
    ...storedDiscovery,
    policyNumber: storedText,
    claimNumber: storedText,
    theftReportedAt: storedMaybeInstant,
  }),
  defaultFacts: { ...discoveryDefaults, policyNumber: "", claimNumber: "", theftReported: "no", theftReportedAt: "" },
  needsPayment: true,
  toStored: (f, zone) => ({
    kind: "INSURANCE_CLAIM",
    ...storeDiscovery(f, zone),
    policyNumber: f.policyNumber ?? null,
    claimNumber: f.claimNumber ?? null,
    theftReportedAt: storeReport(f.theftReported, f.theftReportedAt, zone, "facts.theftReportedAt"),
  }),
  toForm: (s, zone) => {
    const [theftReported, theftReportedAt] = reportForm(s.theftReportedAt, zone);
    return {
      ...discoveryForm(s, zone),
      policyNumber: s.policyNumber ?? "",
      claimNumber: s.claimNumber ?? "",
      theftReported,
      theftReportedAt,
    };
  },
  factEvents: (s) => discoveryEvents("THEFT_DISCOVERED", "THEFT_REPORTED", s.discoveredAt, s.theftReportedAt),
  engineFacts: () => ({}),
  situations: () => [],
  rules: INSURANCE_CLAIM_RULES,
  steps: [
    {
      id: "insurance.report",
      ruleId: "insurance.theft-report",
      text: {
        "zh-CN": "发现被盗刷后48小时内向保险公司报案，并向公安机关报警取得立案回执",
        en: "Report the theft to the insurer within 48 hours of finding it, and report it to the police to get a filing receipt",
      },
      metBy: ["THEFT_REPORTED"],
      contacts: ["police"],
      late: true,
    },
    {
      id: "insurance.claim",
      after: ["THEFT_REPORTED"],
      text: {
        "zh-CN": "提交理赔申请：附上警方立案回执、交易截图和设备登录记录",
        en: "File the claim with the police filing receipt, transaction screenshots and device login records",
      },
      // The 5–10 working days are WeChat Pay's 百万保障 (seed 002); the two years are the law's.
      why: {
        "zh-CN": "理赔的诉讼时效是两年，但材料齐全越早提交，越早有结果",
        en: "The claim is time-barred only after two years, but the sooner you file once the documents are ready, the sooner it ends",
      },
      source: S.insuranceLaw26,
      onPlatform: {
        WECHAT_PAY: {
          why: {
            "zh-CN": "理赔的诉讼时效是两年，但微信支付百万保障审核需要5至10个工作日，材料齐全越早提交越好",
            en: "The claim is time-barred only after two years, but WeChat Pay's account-security insurance takes 5–10 working days to review: file once the documents are ready",
          },
          source: cites(S.insuranceLaw26, S.wechatInsurance),
        },
      },
      metBy: ["CLAIM_FILED"],
    },
  ],
  events: [
    "THEFT_REPORTED",
    "POLICE_REPORTED",
    "CLAIM_FILED",
    "CLAIM_APPROVED",
    "CLAIM_REJECTED",
    "PAID_OUT",
    "STATEMENTS_DOWNLOADED",
    "SUIT_FILED",
  ],
  summaryRows: (s, _t, zone, locale) => [
    ["discoveredAt", at(s.discoveredAt, zone, locale)],
    ["policyNumber", s.policyNumber],
    ["claimNumber", s.claimNumber],
    ["theftReportedAt", at(s.theftReportedAt, zone, locale)],
  ],
  letter: {
    recipients: ["insurer", "police", "cs-appeal"],
    fields: (s, when) => ({
      discoveredAt: when(s.discoveredAt),
      policyNumber: s.policyNumber,
      claimNumber: s.claimNumber,
      theftReportedAt: when(s.theftReportedAt),
    }),
  },
});
