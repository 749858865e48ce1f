import { z } from "zod";
import { CASE_KINDS } from "@/lib/deadlines/case-input";
import { parseYuanToFen } from "./money";

// Shared by the new-case form (zodResolver) and the server action that re-validates.
// Messages are i18n keys; the form translates them.

// The case kinds are the deadline engine's: one list for rules, forms and the database enum.
export { CASE_KINDS };
export const PLATFORMS = ["WECHAT_PAY", "ALIPAY", "OKPAY", "BANK_CARD", "OTHER"] as const;

/** ¥100 billion: far above any personal case, well inside bigint and Postgres BIGINT. */
export const MAX_AMOUNT_FEN = 100_000_000_000n * 100n;

export const NewCaseSchema = z.object({
  kind: z.enum(CASE_KINDS, { error: "errors.invalidChoice" }),
  platform: z.enum(PLATFORMS, { error: "errors.invalidChoice" }),
  title: z
    .string({ error: "errors.required" })
    .trim()
    .min(1, { error: "errors.required" })
    .max(200, { error: "errors.tooLong" }),
  amount: z
    .string({ error: "errors.required" })
    .trim()
    .min(1, { error: "errors.required" })
    .transform((value, ctx) => {
      const fen = parseYuanToFen(value);
      if (fen === null) {
        ctx.addIssue({ code: "custom", message: "errors.invalidAmount" });
        return z.NEVER;
      }
      if (fen === 0n) {
        ctx.addIssue({ code: "custom", message: "errors.amountZero" });
        return z.NEVER;
      }
      if (fen > MAX_AMOUNT_FEN) {
        ctx.addIssue({ code: "custom", message: "errors.amountTooLarge" });
        return z.NEVER;
      }
      return fen;
    }),
});

/** What the form holds (strings as typed). */
export type NewCaseInput = z.input<typeof NewCaseSchema>;
/** What the server stores (amount in fen). */
export type NewCase = z.output<typeof NewCaseSchema>;
