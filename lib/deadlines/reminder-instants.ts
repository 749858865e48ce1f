import { MS_PER_HOUR } from "./calendar/civil-date";
import type { Deadline } from "./deadline";

export const REMINDER_OFFSETS_HOURS = [72, 24, 2, 0] as const;
export type ReminderOffsetHours = (typeof REMINDER_OFFSETS_HOURS)[number];

export interface ReminderInstant {
  /** Stable across recomputations: `${ruleId}:${offsetHours}h` (the worker adds the case id). */
  readonly key: string;
  readonly ruleId: string;
  readonly offsetHours: ReminderOffsetHours;
  readonly at: Date;
}

/**
 * When to remind the user of an obligation: 72 h, 24 h and 2 h before the
 * latest instant, and at it. Offsets that fall before the trigger are skipped
 * (a 48 h window gets no 72 h reminder). Counterparty windows, met and
 * inactive deadlines get none. Past instants are kept: the worker decides.
 */
export function reminderInstants(deadline: Deadline): ReminderInstant[] {
  if (deadline.status === "not_applicable" || deadline.status === "met" || deadline.owner !== "USER") return [];
  const latest = deadline.latest.getTime();
  const trigger = deadline.triggeredAt.getTime();
  return REMINDER_OFFSETS_HOURS.filter((h) => latest - h * MS_PER_HOUR >= trigger).map((h) => ({
    key: `${deadline.ruleId}:${h}h`,
    ruleId: deadline.ruleId,
    offsetHours: h,
    at: new Date(latest - h * MS_PER_HOUR),
  }));
}
