import { z } from "zod";
import { ACCOUNT_RESTRICTED_RULES } from "@/lib/deadlines/catalog/account-restricted";
import { bankChoice, storedBank } from "./banks";
import { defineKind } from "./define";
import { instant, optional, storedInstant, storedText, wall, wallTime } from "./fields";
import { at } from "./summary";

const RESTRICTIONS = ["CANNOT_PAY", "WITHDRAWAL_FAILING", "RISK_CONTROL_FREEZE"] as const;

/** 账户受限: can't pay, withdrawal failing, or a risk-control freeze. Nothing need be lost. */
export const ACCOUNT_RESTRICTED = defineKind({
  kind: "ACCOUNT_RESTRICTED",
  facts: z.object({
    bank: bankChoice,
    restriction: z.enum(RESTRICTIONS, { error: "errors.invalidChoice" }),
    noticedAt: wallTime,
    statedReason: optional(500),
  }),
  stored: z.object({
    kind: z.literal("ACCOUNT_RESTRICTED"),
    bank: storedBank,
    restriction: z.enum(RESTRICTIONS),
    noticedAt: storedInstant,
    statedReason: storedText,
  }),
  defaultFacts: {
    bank: "",
    restriction: "WITHDRAWAL_FAILING",
    noticedAt: "",
    statedReason: "",
  },
  needsPayment: false,
  toStored: (f, zone) => ({
    kind: "ACCOUNT_RESTRICTED",
    bank: f.bank ?? null,
    restriction: f.restriction,
    noticedAt: instant(f.noticedAt, zone, "facts.noticedAt"),
    statedReason: f.statedReason ?? null,
  }),
  toForm: (s, zone) => ({
    bank: s.bank ?? "",
    restriction: s.restriction,
    noticedAt: wall(s.noticedAt, zone),
    statedReason: s.statedReason ?? "",
  }),
  factEvents: (s) => [{ type: "RESTRICTION_NOTICED", occurredAt: new Date(s.noticedAt), payload: { source: "facts" } }],
  engineFacts: () => ({}),
  situations: (s) => [s.restriction],
  rules: ACCOUNT_RESTRICTED_RULES,
  steps: [
    {
      id: "restricted.ask-platform",
      text: {
        "zh-CN": "先按自查清单排查，再联系平台官方客服问清受限原因，按要求准备身份证明或交易凭证",
        en: "Go through the self-check list, then ask the platform's official customer service why the account is restricted, and prepare the ID or records it asks for",
      },
      why: {
        "zh-CN": "没有规定的期限，但只有平台能说明原因和解除办法；不要相信收费“解冻”或“代追款”服务",
        en: 'No rule sets a deadline, but only the platform can say why and how to lift it; never trust paid "unfreezing" or "recovery" services',
      },
      metBy: ["APPEAL_FILED", "UNFREEZE_MATERIALS_SUBMITTED", "UNFROZEN"],
      contacts: ["platform"],
    },
  ],
  events: [
    "APPEAL_FILED",
    "APPEAL_ANSWERED",
    "UNFREEZE_MATERIALS_SUBMITTED",
    "INFO_REQUESTED",
    "INFO_PROVIDED",
    "UNFROZEN",
    "STATEMENTS_DOWNLOADED",
  ],
  summaryRows: (s, t, zone, locale) => [
    ["restriction", t(`wizard.restriction${s.restriction}`)],
    ["noticedAt", at(s.noticedAt, zone, locale)],
    ["statedReason", s.statedReason],
  ],
  letter: {
    recipients: ["unfreeze", "cs-appeal", "platform-complaint"],
    fields: (s, when, t) => ({
      restriction: t(`wizard.restriction${s.restriction}`),
      noticedAt: when(s.noticedAt),
      statedReason: s.statedReason,
    }),
  },
});
