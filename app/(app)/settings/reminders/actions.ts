"use server";

import { requireUser } from "@/lib/auth";
import { runAction } from "@/lib/errors/action-failure";
import { invalid, type ActionResult } from "@/lib/forms/action-result";
import { ReminderPreferencesSchema, saveReminderPreferences, type ReminderPreferencesInput } from "@/lib/reminders";

export async function saveReminderSettingsAction(input: ReminderPreferencesInput): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = ReminderPreferencesSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runAction(async () => {
    await saveReminderPreferences(user.id, parsed.data, new Date());
    return null;
  });
}
