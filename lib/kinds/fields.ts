import { z } from "zod";
import { plainLine, plainText } from "@/lib/forms/plain-text";
import { canonicalWallTimeText } from "@/lib/forms/wall-time-text";
import { instantToWallTime, wallTimeToInstant } from "@/lib/cases/zoned-time";
import { AppError } from "@/lib/errors";

// The field vocabulary the kind modules build their facts schemas from, and the helpers that
// move a fact between the wizard's wall-clock text and the stored instant. Messages are i18n keys.

// Titles and names refuse NUL, control characters, lone surrogates and invisible-only text
// (PostgreSQL would refuse them with a 500); optional fields and notes refuse the same
// characters but may be left blank.
export const required = (max: number) =>
  plainLine().trim().min(1, { error: "errors.required" }).max(max, { error: "errors.tooLong" });
export const optional = (max: number) =>
  plainText()
    .trim()
    .max(max, { error: "errors.tooLong" })
    .optional()
    .transform((v) => (v ? v : undefined));

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
export function validWallTime(value: string): boolean {
  const m = WALL_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const s = Number(m[6] ?? 0);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    y >= 2000 && y <= 2100 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60
  );
}
/**
 * A wall time as typed ("2026-11-29 19:50", "2026/11/29 1950", full-width digits…) → its
 * canonical value, minutes or seconds ("2026-11-29T19:50", "2026-11-29T19:50:07").
 */
export const wallTime = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, { error: "errors.required" })
  .transform((v) => canonicalWallTimeText(v, "datetime"))
  .refine(validWallTime, { error: "errors.invalidDate" });
export const optionalWallTime = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? canonicalWallTimeText(v, "datetime") : undefined))
  .refine((v) => v === undefined || validWallTime(v), { error: "errors.invalidDate" });
export const isoDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? canonicalWallTimeText(v, "date") : undefined))
  .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), { error: "errors.invalidDate" });
export const yesNo = z.enum(["yes", "no"], { error: "errors.invalidChoice" });

/** A "yes" needs its time. */
export function whenYes<T extends Record<string, unknown>>(flag: keyof T & string, time: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    if (value[flag] === "yes" && !value[time])
      ctx.addIssue({ code: "custom", path: [time], message: "errors.required" });
  };
}

// Stored shapes: what Case.facts holds (JSON), parsed on every read.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const storedInstant = z.string().regex(ISO_INSTANT);
export const storedMaybeInstant = storedInstant.nullable().default(null);
export const storedText = z.string().nullable().default(null);
export const storedDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable()
  .default(null);

/** A wall-clock time the user's zone cannot hold (a DST gap): the form marks the field. */
export class WallTimeError extends AppError {
  constructor(readonly field: string) {
    super("invalid_date", 422, "errors.invalidInput", {
      detail: `${field} is not a time in the user's zone`,
      fieldErrors: { [field]: "errors.invalidDate" },
    });
  }
}

/** Wall-clock text in `zone` → ISO instant; throws WallTimeError for a time the zone cannot hold. */
export function instant(local: string, zone: string, field: string): string {
  const at = wallTimeToInstant(local, zone);
  if (!at) throw new WallTimeError(field);
  return at.toISOString();
}
export const maybeInstant = (local: string | undefined, zone: string, field: string) =>
  local ? instant(local, zone, field) : null;
export const wall = (iso: string | null, zone: string) => (iso ? instantToWallTime(new Date(iso), zone) : "");
export const yn = (iso: string | null) => (iso ? "yes" : "no");
