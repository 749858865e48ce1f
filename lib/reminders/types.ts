import type { Bilingual, ReminderOffsetHours } from "@/lib/deadlines";

/** A user's reminder settings; DEFAULT_PREFERENCES when they never saved any. */
export interface ReminderPreferences {
  readonly emailEnabled: boolean;
  /** Which of 72 / 24 / 2 / 0 hours before a user obligation to send. */
  readonly offsetsHours: readonly ReminderOffsetHours[];
  /** IANA zone the quiet hours and the email's times are read in. */
  readonly timeZone: string;
  /** Minutes after local midnight; start > end wraps midnight (22:00–08:00). Equal: no quiet hours. */
  readonly quietStartMinute: number;
  readonly quietEndMinute: number;
}

export const DEFAULT_PREFERENCES: ReminderPreferences = {
  emailEnabled: true,
  offsetsHours: [72, 24, 2, 0],
  timeZone: "Asia/Shanghai",
  quietStartMinute: 22 * 60,
  quietEndMinute: 8 * 60,
};

/** OBLIGATION: the user must act by `dueAt`. COUNTERPARTY_LAPSED: a counterparty's window ended without an answer. */
export type ReminderKind = "OBLIGATION" | "COUNTERPARTY_LAPSED";

export interface PlannedReminder {
  /** `${caseId}:${ruleId}:${offset}:${dueAt ISO}` — unique in the outbox; a changed due instant is a new key. */
  readonly idempotencyKey: string;
  readonly caseId: string;
  readonly ruleId: string;
  readonly kind: ReminderKind;
  /** Hours before `dueAt` (obligations); null for a lapsed counterparty window. */
  readonly offsetHours: ReminderOffsetHours | null;
  readonly dueAt: Date;
  /** When the reminder is meant to fire, before quiet hours. */
  readonly fireAt: Date;
  /** When it may be sent: `fireAt`, or the end of quiet hours. */
  readonly sendAt: Date;
  readonly label: Bilingual;
}
