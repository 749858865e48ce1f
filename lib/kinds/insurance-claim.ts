import { z } from "zod";
import { INSURANCE_CLAIM_RULES } from "@/lib/deadlines/catalog/insurance-claim";
import { bankChoice, storedBank } from "./banks";
import { defineKind } from "./define";
import {
  instant,
  maybeInstant,
  optional,
  optionalWallTime,
  storedInstant,
  storedMaybeInstant,
  storedText,
  wall,
  wallTime,
  whenYes,
  yesNo,
  yn,
} from "./fields";
import { at } from "./summary";

/** 保险理赔 for account theft (e.g. 百万保障). */
export const INSURANCE_CLAIM = defineKind({
  kind: "INSURANCE_CLAIM",
  facts: z
    .object({
      bank: bankChoice,
      discoveredAt: wallTime,
      policyNumber: optional(64),
      claimNumber: optional(64),
      theftReported: yesNo,
      theftReportedAt: optionalWallTime,
    })
    .superRefine(whenYes("theftReported", "theftReportedAt")),
  stored: z.object({
    kind: z.literal("INSURANCE_CLAIM"),
    bank: storedBank,
    discoveredAt: storedInstant,
    policyNumber: storedText,
    claimNumber: storedText,
    theftReportedAt: storedMaybeInstant,
  }),
  defaultFacts: {
    bank: "",
    discoveredAt: "",
    policyNumber: "",
    claimNumber: "",
    theftReported: "no",
    theftReportedAt: "",
  },
  needsPayment: true,
  toStored: (f, zone) => ({
    kind: "INSURANCE_CLAIM",
    bank: f.bank ?? null,
    discoveredAt: instant(f.discoveredAt, zone, "facts.discoveredAt"),
    policyNumber: f.policyNumber ?? null,
    claimNumber: f.claimNumber ?? null,
    theftReportedAt: f.theftReported === "yes" ? maybeInstant(f.theftReportedAt, zone, "facts.theftReportedAt") : null,
  }),
  toForm: (s, zone) => ({
    bank: s.bank ?? "",
    discoveredAt: wall(s.discoveredAt, zone),
    policyNumber: s.policyNumber ?? "",
    claimNumber: s.claimNumber ?? "",
    theftReported: yn(s.theftReportedAt),
    theftReportedAt: wall(s.theftReportedAt, zone),
  }),
  factEvents: (s) => [
    { type: "THEFT_DISCOVERED", occurredAt: new Date(s.discoveredAt), payload: { source: "facts" } },
    ...(s.theftReportedAt
      ? [{ type: "THEFT_REPORTED" as const, occurredAt: new Date(s.theftReportedAt), payload: { source: "facts" } }]
      : []),
  ],
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
      why: {
        "zh-CN": "理赔的诉讼时效是两年，但审核需要5至10个工作日，材料齐全越早提交越好",
        en: "The claim is time-barred only after two years, but the review takes 5–10 working days: file once the documents are ready",
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
