import type { CalendarSpan } from "../calendar/calendar-span";
import type { CaseEventType, CaseKind } from "../case-input";
import type { PaymentPlatform } from "../guidance/official-contacts";

/**
 * Where a rule applies. A rule taken from one platform's published terms (WeChat Pay's 零钱明细,
 * its complaint times) names that platform and never fires for another; a law applies to all.
 */
export interface RuleScope {
  readonly platforms: readonly PaymentPlatform[] | "ALL";
  /** Situation tags (lib/kinds situations) of which the case needs one; absent = any. */
  readonly situations?: readonly string[];
}

export interface Bilingual {
  readonly "zh-CN": string;
  readonly en: string;
}

/** USER: the user must act by the deadline. COUNTERPARTY: a platform/insurer/court is expected to answer by then. */
export type Owner = "USER" | "COUNTERPARTY";
export type Clock = "HOURS" | "WORKING_DAYS" | "CALENDAR_DAYS" | "FIXED";

/**
 * How long a rule runs. `min`/`max` give the earliest and latest instants of
 * a window ("7–15 working days"); equal values give a single deadline.
 */
export type RuleWindow =
  | { readonly clock: "HOURS"; readonly min: number; readonly max: number }
  /** Hours taken from a case fact (the delayed-arrival option chosen when sending). */
  | { readonly clock: "HOURS"; readonly fromFact: "delayedArrivalHours" }
  | { readonly clock: "WORKING_DAYS"; readonly min: number; readonly max: number }
  | { readonly clock: "CALENDAR_DAYS"; readonly min: CalendarSpan; readonly max: CalendarSpan }
  /** A date copied from a document: due at the end of that Beijing civil date. */
  | { readonly clock: "FIXED"; readonly fromFact: "freezeExpiresOn" };

/** A fact the case's forms record that meets an evidence item without a file: a payment's 交易单号. */
export type EvidenceFact = "paymentTransactionId";

export interface EvidenceItem {
  readonly id: string;
  readonly label: Bilingual;
  /** Met by this fact (typed in a form), not by an upload. */
  readonly fact?: EvidenceFact;
}

/** What to do when the rule lapses: the next rule in the catalog and/or an outside channel. */
export interface Escalation {
  readonly nextRuleId?: string;
  /** Internal tag of the outside channel (English, not shown to users). */
  readonly channel?: string;
  readonly text: Bilingual;
}

export interface DeadlineRule {
  /** Stable id, `<kind prefix>.<name>`; referenced by events' payload.ruleId and reminder keys. */
  readonly id: string;
  readonly kind: CaseKind | "ALL";
  readonly scope: RuleScope;
  readonly label: Bilingual;
  readonly owner: Owner;
  /** The earliest event of any of these types starts the clock. */
  readonly trigger: readonly CaseEventType[];
  /** Any event of these types satisfies the rule (the user's action or the counterparty's answer). */
  readonly metBy: readonly CaseEventType[];
  readonly window: RuleWindow;
  readonly evidence: readonly EvidenceItem[];
  readonly escalation: Escalation;
  /**
   * What the source says is usual when it also gives a maximum ("usually 1–3 working days, up to
   * 7"): same clock as `window`. The card shows it with the latest date; reminders aim at the latest.
   */
  readonly typical?: { readonly min: number; readonly max: number };
  /** Success rate the source reports for this channel (0–1), if any. */
  readonly reportedSuccessRate?: number;
  readonly note?: Bilingual;
  /** Where the rule comes from, readable by users (《民法典》第一百八十八条); each listed in docs/domain/sources.md. */
  readonly source: Bilingual;
}
