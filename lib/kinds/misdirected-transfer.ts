import { z } from "zod";
import { EVIDENCE as E, SOURCES as S, type DeadlineRule } from "@/lib/deadlines";
import { bankChoice, storedBank } from "./banks";
import { defineKind, FROM_PAYMENTS } from "./define";
import { ARRIVAL_SITUATION } from "./situations";

/**
 * 转账错误. "实时到账" is an answer (no window to stop the transfer), distinct from "don't
 * know" (the window may apply: the first step says to check). Older cases stored
 * `delayedArrivalHours: null` for the "实时到账" answer: read as REALTIME.
 */
const ARRIVALS = ["NONE", "2", "24", "UNKNOWN"] as const;
type Arrival = (typeof ARRIVALS)[number];

const stored = z.union([
  z.object({ kind: z.literal("MISDIRECTED_TRANSFER"), bank: storedBank, arrival: z.enum(ARRIVALS) }),
  z
    .object({
      kind: z.literal("MISDIRECTED_TRANSFER"),
      bank: storedBank,
      delayedArrivalHours: z.union([z.literal(2), z.literal(24)]).nullable(),
    })
    .transform((old) => ({
      kind: old.kind,
      bank: old.bank,
      arrival: (old.delayedArrivalHours === null ? "NONE" : String(old.delayedArrivalHours)) as Arrival,
    })),
]);

/** 转账错误: money sent to the wrong person. */
const MISDIRECTED_TRANSFER_RULES: readonly DeadlineRule[] = [
  {
    id: "misdirected.delayed-arrival-cancel",
    kind: "MISDIRECTED_TRANSFER",
    // The hours are the person's own answer (the option they chose when sending), not a
    // platform's published time: any platform, once the answer says the transfer was delayed.
    scope: { platforms: "ALL", situations: ["DELAYED_ARRIVAL", "ARRIVAL_UNKNOWN"] },
    label: { "zh-CN": "延迟到账期内申请撤回转账", en: "Stop the delayed-arrival transfer before it lands" },
    owner: "USER",
    trigger: ["TRANSFER_MADE"],
    metBy: ["TRANSFER_CANCEL_REQUESTED"],
    window: { clock: "HOURS", fromFact: "delayedArrivalHours" },
    evidence: [E.transactionNumber, E.transferScreenshot],
    escalation: {
      nextRuleId: "misdirected.complaint-review",
      text: {
        "zh-CN": "款项已到账，请在账单详情中发起交易投诉（转账错误）",
        en: "The money has arrived. File a complaint from the bill's details page (reason: transfer made in error)",
      },
    },
    source: S.wechatDelayedArrival,
  },
  {
    id: "misdirected.complaint-review",
    kind: "MISDIRECTED_TRANSFER",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "交易投诉（转账错误）处理", en: "Complaint review (misdirected transfer)" },
    owner: "COUNTERPARTY",
    trigger: ["COMPLAINT_FILED"],
    metBy: ["COMPLAINT_ANSWERED"],
    window: { clock: "HOURS", min: 24, max: 48 },
    evidence: [E.recipientRealName, E.transferScreenshot, E.transactionNumber],
    escalation: {
      nextRuleId: "misdirected.customer-service-appeal",
      channel: "WeChat Pay 95017",
      text: {
        "zh-CN": "投诉逾期未处理，请提交客服申诉（微信支付客服95017）",
        en: "No answer in time. File a customer-service appeal (WeChat Pay 95017)",
      },
    },
    reportedSuccessRate: 0.7,
    source: S.wechatComplaint,
  },
  {
    id: "misdirected.customer-service-appeal",
    kind: "MISDIRECTED_TRANSFER",
    scope: { platforms: ["WECHAT_PAY"] },
    label: { "zh-CN": "客服申诉处理", en: "Customer-service appeal" },
    owner: "COUNTERPARTY",
    trigger: ["APPEAL_FILED"],
    metBy: ["APPEAL_ANSWERED"],
    // Usually 1–3 working days, complex cases up to 7: only after 7 is it overdue.
    window: { clock: "WORKING_DAYS", min: 1, max: 7 },
    typical: { min: 1, max: 3 },
    evidence: [E.transactionNumber, E.chatRecords, E.paymentVoucher],
    escalation: {
      channel: "police / court",
      text: {
        "zh-CN": "向公安机关报案，或以不当得利起诉收款人",
        en: "Report to the police, or sue the recipient for unjust enrichment",
      },
    },
    reportedSuccessRate: 0.65,
    note: {
      "zh-CN": "通常1至3个工作日，复杂案件可能延长至7个工作日",
      en: "Usually 1–3 working days; complex cases up to 7",
    },
    source: S.wechatAppeal,
  },
];

export const MISDIRECTED_TRANSFER = defineKind({
  kind: "MISDIRECTED_TRANSFER",
  facts: z.object({ bank: bankChoice, delayedArrival: z.enum(ARRIVALS, { error: "errors.invalidChoice" }) }),
  stored,
  defaultFacts: { bank: "", delayedArrival: "NONE" },
  needsPayment: true,
  toStored: (facts) => ({ kind: "MISDIRECTED_TRANSFER", bank: facts.bank ?? null, arrival: facts.delayedArrival }),
  toForm: (s) => ({ bank: s.bank ?? "", delayedArrival: s.arrival }),
  factEvents: (_s, payments) => {
    // The sender knows at once that the money went astray: the limitation clock starts with the
    // first transfer, which is the earliest whatever order the form listed them in.
    const first = FROM_PAYMENTS(payments);
    return first ? [{ type: "LOSS_KNOWN", occurredAt: first, payload: { source: "facts" } }] : [];
  },
  engineFacts: (s) =>
    s.arrival === "2" || s.arrival === "24" ? { delayedArrivalHours: s.arrival === "2" ? 2 : 24 } : {},
  situations: (s) => [ARRIVAL_SITUATION[s.arrival]],
  rules: MISDIRECTED_TRANSFER_RULES,
  steps: [
    {
      id: "misdirected.cancel",
      ruleId: "misdirected.delayed-arrival-cancel",
      situations: ["DELAYED_ARRIVAL"],
      text: {
        "zh-CN": "转账选了延迟到账：趁到账前立即联系平台客服申请撤回",
        en: "You chose delayed arrival: contact the platform's customer service at once to stop the transfer before it arrives",
      },
      metBy: ["TRANSFER_CANCEL_REQUESTED"],
      contacts: ["platform"],
    },
    {
      id: "misdirected.check-arrival",
      situations: ["ARRIVAL_UNKNOWN"],
      text: {
        "zh-CN": "在账单详情里看这笔转账是否显示“待到账”：如果是，立即联系平台客服申请撤回",
        en: "Check the transfer's bill details: if it still says \"pending arrival\", contact the platform's customer service at once to stop it",
      },
      why: {
        "zh-CN": "延迟到账的转账在到账前还能撤回，到账后只能投诉或起诉",
        en: "A delayed-arrival transfer can be stopped before it lands; after that only a complaint or a suit remains",
      },
      metBy: ["TRANSFER_CANCEL_REQUESTED", "COMPLAINT_FILED"],
      contacts: ["platform"],
    },
    {
      id: "misdirected.complaint",
      text: {
        "zh-CN": "在应用里打开这笔转账的账单详情，发起交易投诉，原因选“转账错误”，附上转账截图和交易单号",
        en: 'Open the transfer\'s bill details in the app and file a complaint with the reason "transferred by mistake"; attach the screenshot and the transaction number',
      },
      // The 24–48 h are WeChat Pay's (seed 002); no other platform's source gives one.
      why: {
        "zh-CN": "投诉没有法定期限，但越早投诉，款项越可能还在对方账户里",
        en: "No law sets a deadline for the complaint, but the sooner you file, the likelier the money is still in the recipient's account",
      },
      onPlatform: {
        WECHAT_PAY: {
          why: {
            "zh-CN": "投诉没有法定期限，但越早投诉，款项越可能还在对方账户里；微信支付通常在24至48小时内处理",
            en: "No law sets a deadline for the complaint, but the sooner you file, the likelier the money is still in the recipient's account; WeChat Pay usually answers within 24–48 hours",
          },
          source: S.wechatComplaint,
        },
      },
      metBy: ["COMPLAINT_FILED", "APPEAL_FILED"],
    },
  ],
  events: [
    "TRANSFER_CANCEL_REQUESTED",
    "COMPLAINT_FILED",
    "COMPLAINT_ANSWERED",
    "APPEAL_FILED",
    "APPEAL_ANSWERED",
    "POLICE_REPORTED",
    "STATEMENTS_DOWNLOADED",
    "SUIT_FILED",
  ],
  summaryRows: (s, t) => [["delayedArrivalHours", t(`wizard.delayed.${s.arrival}`)]],
  letter: { recipients: ["cs-appeal", "platform-complaint", "court-preservation"], fields: () => ({}) },
});
