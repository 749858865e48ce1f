import type { z } from "zod";

/**
 * What a server action returns for an expected outcome. Messages are i18n keys
 * under `errors.*` / `auth.*`, translated by the form that shows them.
 */
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; code: string; fieldErrors?: Record<string, string> };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function failure(code: string, fieldErrors?: Record<string, string>): ActionResult<never> {
  return fieldErrors ? { ok: false, code, fieldErrors } : { ok: false, code };
}

/** First issue per field, keyed by the field's path: what a form shows under each input. */
export function invalid(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    fieldErrors[field] ??= issue.message;
  }
  return failure("errors.invalidInput", fieldErrors);
}
