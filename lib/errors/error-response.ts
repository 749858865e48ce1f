import { translator, type Locale } from "@/lib/i18n/translator";
import { AppError } from "./app-error";

/** The error's message in the reader's language. */
export function errorMessage(error: AppError, locale: Locale): string {
  return translator(locale)(error.messageKey, error.values);
}

/** Anything not an expected failure: the stack goes to the log, the person gets the generic sentence. */
function unexpected(error: unknown): AppError {
  console.error("[error] unexpected failure:", error instanceof Error ? (error.stack ?? error.message) : error);
  return new AppError("internal", 500, "common.genericError");
}

/**
 * The one way a route handler answers a failure (ADR 0032): `{ error: { code, message } }`
 * with the error's status, the message in the reader's language, never stored. Anything that
 * is not an AppError of status < 500 (or 503, busy) is a bug: logged, answered as a 500 that names nothing
 * inside (no class, message or stack).
 */
export function errorResponse(error: unknown, locale: Locale): Response {
  // 503 is expected too: a bounded service (the OCR process, ADR 0035) is busy, retry later.
  const known = error instanceof AppError && (error.status < 500 || error.status === 503) ? error : unexpected(error);
  return Response.json(
    { error: { code: known.code, message: errorMessage(known, locale) } },
    {
      status: known.status,
      headers: { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", ...known.headers },
    },
  );
}
