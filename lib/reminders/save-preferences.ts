import "server-only";
import { db } from "@/lib/db";
import { mayReceiveReminders, preferencesFrom } from "./case-planning-input";
import type { ReminderPreferencesForm } from "./preferences-schema";
import { rescheduleCaseReminders } from "./reschedule-case-reminders";
import type { ReminderPreferences } from "./types";

/** The signed-in user's settings (defaults when never saved). */
export async function getReminderPreferences(userId: string): Promise<ReminderPreferences> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true, reminderPreference: true },
  });
  return preferencesFrom(user.reminderPreference, user.timeZone);
}

/** Re-plans every case of the user (their scheduled reminders follow the new settings). */
async function replanUserCases(userId: string, now: Date): Promise<void> {
  const cases = await db().case.findMany({ where: { ownerId: userId }, select: { id: true } });
  for (const { id } of cases) await db().$transaction((tx) => rescheduleCaseReminders(tx, id, now));
}

/** Saves settings (time zone on the user, the rest beside it) and re-plans the user's reminders. */
export async function saveReminderPreferences(userId: string, form: ReminderPreferencesForm, now: Date) {
  const data = {
    emailEnabled: form.emailEnabled,
    offsetsHours: [...new Set(form.offsetsHours)].sort((a, b) => b - a),
    quietStartMinute: form.quietStart,
    quietEndMinute: form.quietEnd,
  };
  await db().$transaction([
    db().user.update({ where: { id: userId }, data: { timeZone: form.timeZone } }),
    db().reminderPreference.upsert({ where: { userId }, create: { userId, ...data }, update: data }),
  ]);
  await replanUserCases(userId, now);
}

/**
 * One-click unsubscribe (RFC 8058) or the confirm button behind the email's link:
 * email off, scheduled reminders cancelled. False for a token that does not verify
 * or a user that no longer exists (the caller answers the same either way).
 */
export async function unsubscribeUser(userId: string, now: Date): Promise<boolean> {
  const exists = await db().user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!exists) return false;
  await db().reminderPreference.upsert({
    where: { userId },
    create: { userId, emailEnabled: false },
    update: { emailEnabled: false },
  });
  await replanUserCases(userId, now);
  return true;
}

/** Whether reminders may go to this user's address at all (see mayReceiveReminders). */
export async function reminderAddressVerified(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
  return user ? mayReceiveReminders(user) : false;
}
