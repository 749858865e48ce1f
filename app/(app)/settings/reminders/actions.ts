"use server";

import { requireUser } from "@/lib/auth";
import { failure, invalid, ok, type ActionResult } from "@/lib/forms/action-result";
import { ReminderPreferencesSchema, saveReminderPreferences, type ReminderPreferencesInput } from "@/lib/reminders";

export async function saveReminderSettingsAction(input: ReminderPreferencesInput): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = ReminderPreferencesSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    await saveReminderPreferences(user.id, parsed.data, new Date());
    return ok(null);
  } catch {
    return failure("common.genericError");
  }
}
