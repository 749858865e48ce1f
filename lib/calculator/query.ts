import { z } from "zod";
import { CASE_KINDS, MAX_COUNT_DAYS, parseBeijingDateTime, parseIsoDate } from "@/lib/deadlines";
import { parseYuanToFen } from "@/lib/cases/money";
import { canonicalWallTimeText } from "@/lib/forms/wall-time-text";

export { beijingLocalInputValue } from "./beijing-input";

// The calculator is a plain GET form (works without JavaScript, shareable URL);
// this schema validates its query on the server. Messages are i18n keys.

const instant = z.string({ error: "errors.required" }).transform((value, ctx) => {
  if (value.trim() === "") {
    ctx.addIssue({ code: "custom", message: "errors.required" });
    return z.NEVER;
  }
  const parsed = parseBeijingDateTime(canonicalWallTimeText(value, "datetime"));
  if (!parsed.ok) {
    ctx.addIssue({
      code: "custom",
      message: parsed.code === "out_of_range" ? "errors.outOfRange" : "errors.invalidDate",
    });
    return z.NEVER;
  }
  return parsed.instant;
});

const optionalDay = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value?.trim()) return undefined;
    const day = canonicalWallTimeText(value.trim(), "date");
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(day) ? parseBeijingDateTime(`${day}T00:00`) : null;
    if (!parsed?.ok) {
      ctx.addIssue({
        code: "custom",
        message: parsed?.code === "out_of_range" ? "errors.outOfRange" : "errors.invalidDate",
      });
      return z.NEVER;
    }
    parseIsoDate(day); // the engine's own check, same rules
    return day;
  });

const optionalAmount = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value?.trim()) return undefined;
    const fen = parseYuanToFen(value);
    if (fen === null) {
      ctx.addIssue({ code: "custom", message: "errors.invalidAmount" });
      return z.NEVER;
    }
    return fen;
  });

export const KindQuerySchema = z.object({
  mode: z.literal("kind"),
  kind: z.enum(CASE_KINDS, { error: "errors.invalidChoice" }),
  at: instant,
  delayedArrivalHours: z
    .enum(["", "2", "24"], { error: "errors.invalidChoice" })
    .optional()
    .transform((value) => (value === "2" ? 2 : value === "24" ? 24 : undefined)),
  freezeExpiresOn: optionalDay,
  amount: optionalAmount,
});

export const CountQuerySchema = z.object({
  mode: z.literal("count"),
  at: instant,
  clock: z.enum(["WORKING_DAYS", "CALENDAR_DAYS"], { error: "errors.invalidChoice" }),
  n: z
    .string({ error: "errors.required" })
    .trim()
    .regex(/^\d+$/, { error: "errors.countRange" })
    .transform(Number)
    .pipe(z.number().int().min(1, { error: "errors.countRange" }).max(MAX_COUNT_DAYS, { error: "errors.countRange" })),
});

export type KindQuery = z.output<typeof KindQuerySchema>;
export type CountQuery = z.output<typeof CountQuerySchema>;

/** Search params as Next gives them: a repeated key keeps its first value. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? [] : [[key, first]];
    }),
  );
}
