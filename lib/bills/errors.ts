import { AppError, type ErrorStatus } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/translator";
import type { BillErrorCode, ParseBillResult } from "./types";

/** i18n key under `bills.errors` for each failure code (lib/i18n/messages/*.json). */
export function billErrorMessageKey(code: BillErrorCode): MessageKey {
  return `bills.errors.${code}`;
}

export function billFailure(
  code: BillErrorCode,
  message: string,
  params?: Record<string, string | number>,
): Extract<ParseBillResult, { ok: false }> {
  const result: Extract<ParseBillResult, { ok: false }> = {
    ok: false,
    code,
    message,
    messageKey: billErrorMessageKey(code),
  };
  if (params) result.params = params;
  return result;
}

/** Thrown inside the readers and turned into a failure result at the top; never escapes parseBill. */
export class BillParseError extends AppError {
  declare readonly code: BillErrorCode;
  constructor(
    code: BillErrorCode,
    message: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(code, 422, billErrorMessageKey(code), { detail: message, ...(params ? { values: params } : {}) });
  }
}

/** A failure result (parse, pick, or the case's evidence cap) as the error a route answers with. */
export function billFailureError(
  failure: { code: string; message: string; messageKey: MessageKey; params?: Record<string, string | number> },
  status: ErrorStatus = 422,
): AppError {
  return new AppError(failure.code, status, failure.messageKey, {
    detail: failure.message,
    ...(failure.params ? { values: failure.params } : {}),
  });
}
