import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { RECIPIENTS } from "./recipients";

export const LETTER_MAX_CHARS = 20_000;

/** A blank the writer still has to fill: 【待补充：…】 or [TO FILL IN: …] (see fields.ts placeholder). */
export const PLACEHOLDER_PATTERN = /【待补充：[^】]*】|\[TO FILL IN: [^\]]*\]/gu;

/** The editor's save: shared by the form and the server action. */
export const SaveLetterSchema = z.object({
  caseId: z.string().min(1).max(64),
  recipient: z.enum(RECIPIENTS, { error: "errors.invalidChoice" }),
  locale: z.enum(locales, { error: "errors.invalidChoice" }),
  body: z
    .string()
    .max(LETTER_MAX_CHARS, { error: "errors.tooLong" })
    .refine((text) => text.trim().length > 0, { error: "errors.required" }),
});
export type SaveLetterInput = z.input<typeof SaveLetterSchema>;
