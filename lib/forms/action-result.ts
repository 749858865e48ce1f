import type { z } from "zod";
import { isMessageKey, type MessageKey } from "@/lib/i18n/translator";

/**
 * What a server action returns for an expected outcome. Messages are i18n keys
 * under `errors.*` / `auth.*`, translated by the form that shows them.
 */
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; code: MessageKey; fieldErrors?: Record<string, MessageKey> };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function failure(code: MessageKey, fieldErrors?: Record<string, MessageKey>): ActionResult<never> {
  return fieldErrors ? { ok: false, code, fieldErrors } : { ok: false, code };
}

/**
 * First issue per field, keyed by the field's path: what a form shows under each input. The
 * schemas' messages are keys; zod's own English (a check without one) reads as invalid input.
 */
export function invalid(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, MessageKey> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    fieldErrors[field] ??= isMessageKey(issue.message) ? issue.message : "errors.invalidInput";
  }
  return failure("errors.invalidInput", fieldErrors);
}
