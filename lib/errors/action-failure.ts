import { notFound } from "next/navigation";
import { type ActionResult, failure, ok } from "@/lib/forms/action-result";
import { AppError, NotFoundError } from "./app-error";

/**
 * The one way a server action answers a failure (ADR 0032): another user's record is a 404
 * like a missing one; an expected failure becomes `{ ok: false, code: messageKey, fieldErrors }`
 * for the form to translate. Anything else is a bug and is rethrown: Next logs it and sends the
 * browser only a digest, and the segment's error.tsx shows the generic message.
 */
export function actionFailure(error: unknown): ActionResult<never> {
  if (error instanceof NotFoundError) notFound();
  if (error instanceof AppError && error.status < 500) {
    return failure(error.messageKey, error.fieldErrors ? { ...error.fieldErrors } : undefined);
  }
  throw error;
}

/** Runs an action's command: its value on success, else actionFailure's answer. */
export async function runAction<T>(command: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return ok(await command());
  } catch (error) {
    return actionFailure(error);
  }
}
