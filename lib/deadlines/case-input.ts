import type { PaymentPlatform } from "./guidance/official-contacts";

/**
 * What computeDeadlines reads: the case's kind and a few facts, plus its event
 * log. Deadlines are always recomputed from these; nothing derived is stored.
 */
export const CASE_KINDS = [
  "MISDIRECTED_TRANSFER",
  "FRAUD",
  "MERCHANT_DISPUTE",
  "INSURANCE_CLAIM",
  "JUDICIAL_FREEZE",
  "ACCOUNT_RESTRICTED",
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * Event types, each the trigger and/or the "met" event of some rule (see the
 * catalog). The app builds its zod enum from this array.
 */
export const CASE_EVENT_TYPES = [
  "TRANSFER_MADE", // the disputed payment/transfer (starts cancel window, statement-download clock)
  "TRANSFER_CANCEL_REQUESTED", // user asked the platform to stop a delayed-arrival transfer
  "COMPLAINT_FILED", // 交易投诉 filed (misdirected transfer or merchant)
  "COMPLAINT_ANSWERED",
  "APPEAL_FILED", // 客服申诉 filed
  "APPEAL_ANSWERED",
  "FRAUD_DISCOVERED",
  "POLICE_REPORTED", // 110 / 96110 / local police
  "PLATFORM_REPORT_FILED", // 举报诈骗 on the platform
  "PLATFORM_REPORT_ANSWERED",
  "GOODS_RECEIVED",
  "RETURN_REQUESTED", // 7-day no-reason return requested
  "DISPUTE_FILED", // 订单争议 / platform arbitration opened
  "DISPUTE_RULED",
  "THEFT_DISCOVERED", // account theft noticed
  "THEFT_REPORTED", // 报案 to the insurer
  "CLAIM_FILED",
  "CLAIM_APPROVED",
  "CLAIM_REJECTED",
  "PAID_OUT",
  "PRESERVATION_ACCEPTED", // court accepted a preservation application
  "PRESERVATION_RULED",
  "PRESERVATION_EXECUTED",
  "SUIT_FILED", // suit or arbitration filed
  "FREEZE_NOTICE_RECEIVED",
  "FREEZE_RENEWED",
  "UNFREEZE_MATERIALS_SUBMITTED", // undertaking + face check for a risk-control freeze
  "UNFROZEN",
  "RESTRICTION_NOTICED", // the user noticed the restriction (can't pay, withdrawal failing, risk-control freeze)
  "STATEMENTS_DOWNLOADED",
  "LOSS_KNOWN", // the user learned of the loss (starts limitation periods)
  "INFO_REQUESTED", // counterparty asks the user for material: pauses its window(s)
  "INFO_PROVIDED", // user answered: resumes them
  "ANSWERED", // generic counterparty answer; payload.ruleId targets one window, else all open ones
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export interface CaseEventPayload {
  /** Targets INFO_REQUESTED / INFO_PROVIDED / answers at one rule; absent = every open counterparty window. */
  readonly ruleId?: string;
  readonly [key: string]: unknown;
}

export interface CaseEventInput {
  readonly type: CaseEventType;
  readonly occurredAt: Date;
  /**
   * When the app learned of it (a bill row imported today for a 2023 payment). A user
   * deadline already past when its trigger became known is "lapsed": information, not urgent.
   */
  readonly knownAt?: Date;
  readonly payload?: CaseEventPayload;
}

export interface CaseFacts {
  readonly kind: CaseKind;
  /** The payment platform; a rule scoped to platforms applies only to those (absent: every rule, as the calculator shows). */
  readonly platform?: PaymentPlatform;
  /** Situation tags from the kind's facts (lib/kinds); a rule scoped to situations needs one of them. Absent: no filter. */
  readonly situations?: readonly string[];
  /** Disputed amount in fen (¥1 = 100 fen); only advice reads it (> 500000 → judicial route). */
  readonly amountFen?: number | bigint;
  /** Delayed-arrival option chosen when sending (转账冷静期); absent → the cancel window does not apply. */
  readonly delayedArrivalHours?: 2 | 24;
  /** Expiry date printed on the freeze notice, `YYYY-MM-DD` (Beijing); absent → the renewal rule does not apply. */
  readonly freezeExpiresOn?: string;
}
