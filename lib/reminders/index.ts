import "server-only";
export { rescheduleCaseReminders, planForCase, type RescheduleResult } from "./reschedule-case-reminders";
export { mayReceiveReminders, preferencesFrom } from "./case-planning-input";
export { runWorker, WORKER_DEFAULTS, type WorkerOptions } from "./run-worker";
export { replanAllCases, replanStaleCases } from "./replan-cases";
export { planReminders, reminderKey } from "./plan-reminders";
export { renderReminderEmail } from "./render-reminder-email";
export { createUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";
export { DEFAULT_PREFERENCES, type ReminderPreferences, type PlannedReminder } from "./types";
export { failedRemindersForCase } from "./failed-reminders";
export {
  getReminderPreferences,
  reminderAddressVerified,
  saveReminderPreferences,
  unsubscribeUser,
} from "./save-preferences";
export { ReminderPreferencesSchema, minuteToClock, type ReminderPreferencesInput } from "./preferences-schema";
