import { z } from "zod";
import { CASE_EVENT_TYPES } from "@/lib/deadlines/case-input";
import { isValidTimeZone } from "./zoned-time";
import { wallTime, yuanAmount } from "./schema";

/** Events only the app knows (the engine ignores them): money back, a retraction, a self-check tick. */
export const APP_EVENT_TYPES = ["CASE_OPENED", "MONEY_RECOVERED", "EVENT_RETRACTED", "SELF_CHECK_TICKED"] as const;

/** What a user may record from the case page: the engine's events plus money recovered. */
export const USER_EVENT_TYPES = [...CASE_EVENT_TYPES, "MONEY_RECOVERED"] as const;
export type UserEventType = (typeof USER_EVENT_TYPES)[number];

export const RecordEventSchema = z
  .object({
    type: z.enum(USER_EVENT_TYPES, { error: "errors.invalidChoice" }),
    occurredAt: wallTime,
    timeZone: z.string().refine(isValidTimeZone, { error: "errors.invalidInput" }),
    note: z.string().trim().max(500, { error: "errors.tooLong" }).optional(),
    reference: z.string().trim().max(64, { error: "errors.tooLong" }).optional(),
    /** Only for MONEY_RECOVERED. */
    amount: z.string().optional(),
    /** Targets a pause/answer at one rule. */
    ruleId: z.string().max(100).optional(),
  })
  .transform((input, ctx) => {
    if (input.type !== "MONEY_RECOVERED") return { ...input, amountFen: undefined };
    const parsed = yuanAmount.safeParse(input.amount ?? "");
    if (!parsed.success) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: parsed.error.issues[0]?.message ?? "errors.invalidAmount",
      });
      return z.NEVER;
    }
    return { ...input, amountFen: parsed.data };
  });
export type RecordEventInput = z.input<typeof RecordEventSchema>;
export type RecordEvent = z.output<typeof RecordEventSchema>;
