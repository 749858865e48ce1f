import { z } from "zod";
import { canonicalWallTimeText } from "@/lib/forms/wall-time-text";
import { REMINDER_OFFSETS_HOURS } from "@/lib/deadlines";
import { isValidTimeZone } from "@/lib/cases/zoned-time";

// Typed as 24-hour text ("22:00", "2200", full-width digits): read into "HH:mm" first.
const clock = z
  .string()
  .transform((v) => canonicalWallTimeText(v.trim(), "time"))
  .pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "reminderSettings.errors.time" }))
  .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3)));

/** The settings form and its server action parse with this same schema. */
export const ReminderPreferencesSchema = z.object({
  emailEnabled: z.boolean(),
  offsetsHours: z
    .array(z.coerce.number().pipe(z.union(REMINDER_OFFSETS_HOURS.map((h) => z.literal(h)))))
    .max(REMINDER_OFFSETS_HOURS.length),
  timeZone: z.string().max(64).refine(isValidTimeZone, { message: "reminderSettings.errors.timeZone" }),
  quietStart: clock,
  quietEnd: clock,
});
export type ReminderPreferencesInput = z.input<typeof ReminderPreferencesSchema>;
export type ReminderPreferencesForm = z.output<typeof ReminderPreferencesSchema>;

export const minuteToClock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
