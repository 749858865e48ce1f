import { reminderInstants, type Deadline, type ReminderOffsetHours } from "@/lib/deadlines";
import { applyQuietHours } from "./quiet-hours";
import type { PlannedReminder, ReminderPreferences } from "./types";

/** A reminder whose moment passed less than this long ago is still sent (worker lag, a late re-plan). */
export const PLAN_GRACE_MS = 30 * 60_000;
/** "No answer: escalate" stays useful for a while after the window lapsed (a case entered late). */
export const LAPSED_CATCH_UP_MS = 7 * 24 * 3_600_000;

export interface ReminderPlan {
  /** Reminders to have in the outbox now (insert if missing; the key makes that idempotent). */
  readonly reminders: PlannedReminder[];
  /**
   * Every key the case's current deadlines justify, past ones included. A
   * scheduled row whose key is not here is no longer needed: cancel it. Time
   * passing alone never cancels a reminder; only a change of the deadlines does.
   */
  readonly validKeys: ReadonlySet<string>;
}

export function reminderKey(caseId: string, ruleId: string, offset: ReminderOffsetHours | "lapsed", dueAt: Date) {
  return `${caseId}:${ruleId}:${offset === "lapsed" ? "lapsed" : `${offset}h`}:${dueAt.toISOString()}`;
}

/**
 * What to remind the user of for one case, from its computed deadlines. Pure.
 * - User obligations: 72 h / 24 h / 2 h before and at the latest instant
 *   (`reminderInstants`), only the offsets the user chose. Of those whose
 *   moment already passed while the deadline is still ahead (a case opened
 *   late), the most recent one is sent now instead of being dropped (issue 22).
 * - Counterparty windows: one "no answer: here is how to escalate" reminder
 *   when the window lapses unanswered. A paused window (waiting on the user)
 *   gets none until it resumes: its end is not known yet.
 * Quiet hours hold a reminder to their end unless the deadline would pass first.
 * With email turned off the plan is empty (and so every scheduled row is cancelled).
 */
export function planReminders(
  subject: { readonly caseId: string; readonly deadlines: readonly Deadline[] },
  prefs: ReminderPreferences,
  now: Date,
): ReminderPlan {
  const reminders: PlannedReminder[] = [];
  const validKeys = new Set<string>();
  if (!prefs.emailEnabled) return { reminders, validKeys };
  const t = now.getTime();
  const { caseId } = subject;

  for (const deadline of subject.deadlines) {
    if (deadline.status === "not_applicable" || deadline.status === "met" || deadline.status === "paused") continue;
    if (deadline.owner === "USER") {
      // The deadline itself is past: nothing said now can help with it.
      if (deadline.latest.getTime() < t - PLAN_GRACE_MS) continue;
      let missed: PlannedReminder | null = null;
      const ahead: PlannedReminder[] = [];
      for (const instant of reminderInstants(deadline)) {
        if (!prefs.offsetsHours.includes(instant.offsetHours)) continue;
        const key = reminderKey(caseId, deadline.ruleId, instant.offsetHours, deadline.latest);
        validKeys.add(key);
        const sendAt = applyQuietHours(instant.at, prefs, deadline.latest);
        const reminder: PlannedReminder = {
          idempotencyKey: key,
          caseId,
          ruleId: deadline.ruleId,
          kind: "OBLIGATION",
          offsetHours: instant.offsetHours,
          dueAt: deadline.latest,
          fireAt: instant.at,
          sendAt,
          label: deadline.rule.label,
        };
        if (sendAt.getTime() >= t - PLAN_GRACE_MS) ahead.push(reminder);
        // Instants come earliest first: the last one already past is the one that still tells the truth.
        else missed = reminder;
      }
      // A case entered late (or a deadline moved closer): the warning whose moment has passed
      // goes out now rather than never — one per deadline, the most recent, so the email says
      // "2 hours left", not also "72 hours left". Quiet hours still hold it unless the deadline falls inside them.
      // (Unless a later one is due now anyway: it says the same, more truly.)
      const dueNow = ahead[0] !== undefined && ahead[0].sendAt.getTime() <= t;
      if (missed && !dueNow && deadline.latest.getTime() > t) {
        reminders.push({ ...missed, sendAt: applyQuietHours(now, prefs, deadline.latest) });
      }
      reminders.push(...ahead);
    } else {
      const key = reminderKey(caseId, deadline.ruleId, "lapsed", deadline.latest);
      validKeys.add(key);
      if (deadline.latest.getTime() < t - LAPSED_CATCH_UP_MS) continue;
      reminders.push({
        idempotencyKey: key,
        caseId,
        ruleId: deadline.ruleId,
        kind: "COUNTERPARTY_LAPSED",
        offsetHours: null,
        dueAt: deadline.latest,
        fireAt: deadline.latest,
        // Nothing is lost by waiting for the morning: the window has already ended.
        sendAt: applyQuietHours(deadline.latest, prefs, null),
        label: deadline.rule.label,
      });
    }
  }
  return { reminders, validKeys };
}
