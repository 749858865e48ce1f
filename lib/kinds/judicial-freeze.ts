import { z } from "zod";
import { EVIDENCE as E, SOURCES as S, cites, type DeadlineRule } from "@/lib/deadlines";
import { bankChoice, storedBank } from "./banks";
import { defineKind } from "./define";
import {
  isoDate,
  maybeInstant,
  optional,
  optionalWallTime,
  storedDate,
  storedMaybeInstant,
  storedText,
  wall,
} from "./fields";
import { at, civilDate } from "./summary";

/**
 * 司法冻结: the user's account is frozen by a court, or the user asks a court to
 * freeze the other side's funds. A platform's own risk-control freeze is the
 * ACCOUNT_RESTRICTED kind (account-restricted.ts).
 */
const JUDICIAL_FREEZE_RULES: readonly DeadlineRule[] = [
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

/** 司法冻结: a court froze the person's account, or they ask a court to freeze the other side's funds. */
export const JUDICIAL_FREEZE = defineKind({
  kind: "JUDICIAL_FREEZE",
  facts: z.object({
    bank: bankChoice,
    direction: z.enum(["MY_ACCOUNT_FROZEN", "FREEZE_OTHER_SIDE"], { error: "errors.invalidChoice" }),
    court: optional(100),
    noticeNumber: optional(64),
    noticeReceivedAt: optionalWallTime,
    freezeExpiresOn: isoDate,
  }),
  stored: z.object({
    kind: z.literal("JUDICIAL_FREEZE"),
    bank: storedBank,
    direction: z.enum(["MY_ACCOUNT_FROZEN", "FREEZE_OTHER_SIDE"]),
    court: storedText,
    noticeNumber: storedText,
    noticeReceivedAt: storedMaybeInstant,
    freezeExpiresOn: storedDate,
  }),
  defaultFacts: {
    bank: "",
    direction: "MY_ACCOUNT_FROZEN",
    court: "",
    noticeNumber: "",
    noticeReceivedAt: "",
    freezeExpiresOn: "",
  },
  // A frozen account may have lost nothing yet; the amount frozen is a payment when known.
  needsPayment: false,
  toStored: (f, zone) => ({
    kind: "JUDICIAL_FREEZE",
    bank: f.bank ?? null,
    direction: f.direction,
    court: f.court ?? null,
    noticeNumber: f.noticeNumber ?? null,
    noticeReceivedAt: maybeInstant(f.noticeReceivedAt, zone, "facts.noticeReceivedAt"),
    freezeExpiresOn: f.freezeExpiresOn ?? null,
  }),
  toForm: (s, zone) => ({
    bank: s.bank ?? "",
    direction: s.direction,
    court: s.court ?? "",
    noticeNumber: s.noticeNumber ?? "",
    noticeReceivedAt: wall(s.noticeReceivedAt, zone),
    freezeExpiresOn: s.freezeExpiresOn ?? "",
  }),
  factEvents: (s) =>
    s.direction === "MY_ACCOUNT_FROZEN" && s.noticeReceivedAt
      ? [{ type: "FREEZE_NOTICE_RECEIVED", occurredAt: new Date(s.noticeReceivedAt), payload: { source: "facts" } }]
      : [],
  engineFacts: (s) => (s.freezeExpiresOn ? { freezeExpiresOn: s.freezeExpiresOn } : {}),
  situations: (s) => [s.direction],
  rules: JUDICIAL_FREEZE_RULES,
  steps: [
    {
      id: "freeze.ask-court",
      situations: ["MY_ACCOUNT_FROZEN"],
      text: {
        "zh-CN": "账户被法院冻结：看清通知书上的法院、案号和冻结期限，联系该法院了解原因，建议咨询律师",
        en: "If a court froze your account: note the court, case number and expiry on the notice, contact that court to learn why, and consult a lawyer",
      },
      why: {
        "zh-CN": "只有作出冻结的法院能说明原因和解除条件；冻结到期前可能被续冻",
        en: "Only the court that ordered the freeze can say why and how it ends; it may be renewed before it expires",
      },
      metBy: ["UNFROZEN", "FREEZE_RENEWED", "SUIT_FILED"],
    },
    {
      id: "freeze.apply",
      situations: ["FREEZE_OTHER_SIDE"],
      text: {
        "zh-CN": "申请冻结对方资金：向法院申请诉前财产保全；法院受理后48小时内裁定，保全后30日内必须起诉或申请仲裁",
        en: "To freeze the other side's funds: apply to a court for pre-suit preservation; the court rules within 48 hours of accepting, and you must sue or arbitrate within 30 days of the preservation",
      },
      why: {
        "zh-CN": "资金可能随时被转走，保全越早越可能冻结到钱",
        en: "The money can be moved at any time: the sooner the preservation, the likelier it finds the money",
      },
      metBy: ["PRESERVATION_ACCEPTED", "PRESERVATION_EXECUTED", "SUIT_FILED"],
    },
  ],
  events: [
    "PRESERVATION_ACCEPTED",
    "PRESERVATION_RULED",
    "PRESERVATION_EXECUTED",
    "SUIT_FILED",
    "FREEZE_NOTICE_RECEIVED",
    "FREEZE_RENEWED",
    "UNFROZEN",
    "STATEMENTS_DOWNLOADED",
  ],
  summaryRows: (s, t, zone, locale) => [
    ["direction", t(`wizard.direction${s.direction}`)],
    ["court", s.court],
    ["noticeNumber", s.noticeNumber],
    ["noticeReceivedAt", at(s.noticeReceivedAt, zone, locale)],
    ["freezeExpiresOn", civilDate(s.freezeExpiresOn, locale)],
  ],
  letter: {
    recipients: ["cs-appeal", "court-preservation"],
    fields: (s, when) => ({
      court: s.court,
      noticeNumber: s.noticeNumber,
      noticeReceivedAt: when(s.noticeReceivedAt),
      freezeExpiresOn: s.freezeExpiresOn,
    }),
  },
});
