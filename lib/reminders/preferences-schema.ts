import { z } from "zod";
import { REMINDER_OFFSETS_HOURS } from "@/lib/deadlines";
import { isValidTimeZone } from "./zone-time";

const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "reminderSettings.errors.time" })
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
