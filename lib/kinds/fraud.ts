import { z } from "zod";
import { FRAUD_RULES } from "@/lib/deadlines/catalog/fraud";
import { bankChoice, storedBank } from "./banks";
import { defineKind } from "./define";
import { at } from "./summary";
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

/** 诈骗: the person was defrauded. */
export const FRAUD = defineKind({
  kind: "FRAUD",
  facts: z
    .object({
      bank: bankChoice,
      discoveredAt: wallTime,
      policeReported: yesNo,
      policeReportedAt: optionalWallTime,
      policeReceiptNo: optional(64),
    })
    .superRefine(whenYes("policeReported", "policeReportedAt")),
  stored: z.object({
    kind: z.literal("FRAUD"),
    bank: storedBank,
    discoveredAt: storedInstant,
    policeReportedAt: storedMaybeInstant,
    policeReceiptNo: storedText,
  }),
  defaultFacts: {
    bank: "",
    discoveredAt: "",
    policeReported: "no",
    policeReportedAt: "",
    policeReceiptNo: "",
  },
  needsPayment: true,
  toStored: (f, zone) => ({
    kind: "FRAUD",
    bank: f.bank ?? null,
    discoveredAt: instant(f.discoveredAt, zone, "facts.discoveredAt"),
    policeReportedAt:
      f.policeReported === "yes" ? maybeInstant(f.policeReportedAt, zone, "facts.policeReportedAt") : null,
    policeReceiptNo: f.policeReported === "yes" ? (f.policeReceiptNo ?? null) : null,
  }),
  toForm: (s, zone) => ({
    bank: s.bank ?? "",
    discoveredAt: wall(s.discoveredAt, zone),
    policeReported: yn(s.policeReportedAt),
    policeReportedAt: wall(s.policeReportedAt, zone),
    policeReceiptNo: s.policeReceiptNo ?? "",
  }),
  factEvents: (s) => [
    { type: "FRAUD_DISCOVERED", occurredAt: new Date(s.discoveredAt), payload: { source: "facts" } },
    ...(s.policeReportedAt
      ? [{ type: "POLICE_REPORTED" as const, occurredAt: new Date(s.policeReportedAt), payload: { source: "facts" } }]
      : []),
  ],
  engineFacts: () => ({}),
  situations: () => [],
  rules: FRAUD_RULES,
  steps: [
    {
      id: "fraud.police",
      ruleId: "fraud.police-report",
      text: {
        "zh-CN": "立即拨打110或反诈专线96110报警，最迟在发现后48小时内报案：越早报案，拦截资金的机会越大",
        en: "Call the police (110) or the anti-fraud line (96110) now, and report within 48 hours of finding out: the sooner, the better the chance to intercept the money",
      },
      metBy: ["POLICE_REPORTED"],
      contacts: ["police", "antiFraud"],
      late: true,
    },
    {
      id: "fraud.platform-report",
      text: {
        "zh-CN": "在支付应用的账单详情页发起“举报诈骗”，并保存聊天记录、转账凭证和对方账号信息",
        en: "Report the fraud from the payment's bill details page in the app, and keep the chat records, transfer vouchers and the fraudster's account details",
      },
      why: {
        "zh-CN": "平台收到举报后可以限制骗子的账户；平台审核需要7至15个工作日，越早提交越好",
        en: "A report lets the platform restrict the fraudster's account; its review takes 7–15 working days, so file it early",
      },
      metBy: ["PLATFORM_REPORT_FILED"],
      contacts: ["platform"],
    },
  ],
  events: [
    "POLICE_REPORTED",
    "PLATFORM_REPORT_FILED",
    "PLATFORM_REPORT_ANSWERED",
    "APPEAL_FILED",
    "APPEAL_ANSWERED",
    "STATEMENTS_DOWNLOADED",
    "SUIT_FILED",
  ],
  summaryRows: (s, _t, zone, locale) => [
    ["discoveredAt", at(s.discoveredAt, zone, locale)],
    ["policeReportedAt", at(s.policeReportedAt, zone, locale)],
    ["policeReceiptNo", s.policeReceiptNo],
  ],
  letter: {
    recipients: ["police", "platform-complaint", "cs-appeal", "court-preservation"],
    fields: (s, when) => ({
      discoveredAt: when(s.discoveredAt),
      policeReportedAt: when(s.policeReportedAt),
      policeReceiptNo: s.policeReceiptNo,
    }),
  },
});
