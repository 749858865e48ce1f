import type { MessageKey } from "@/lib/i18n/translator";

/** The HTTP statuses an expected failure answers with; anything else (a bug) is a 500. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

export type MessageValues = Record<string, string | number>;

export interface AppErrorOptions {
  /** For logs and tests only: never shown to the user. Defaults to the code. */
  readonly detail?: string;
  /** Fill the message's {placeholders}. */
  readonly values?: MessageValues;
  /** Field → message key, for a form that marks each field (a server action's failure). */
  readonly fieldErrors?: Record<string, MessageKey>;
  /** Extra response headers (Retry-After, Allow). */
  readonly headers?: Record<string, string>;
  readonly cause?: unknown;
}

/**
 * The one error vocabulary (ADR 0032). A failure a person can meet in normal use: `code` is
 * stable (API clients, tests, logs), `status` is what a route answers, `messageKey` is the
 * i18n key (lib/i18n/messages/*.json) of what the person reads. Every domain error extends
 * it; errorResponse (routes) and actionFailure (server actions) are the only places that turn
 * one into an answer. A status of 500 marks a bug-shaped failure: logged, shown generically.
 */
export class AppError extends Error {
  readonly values: MessageValues;
  readonly fieldErrors: Readonly<Record<string, MessageKey>> | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    readonly code: string,
    readonly status: ErrorStatus,
    readonly messageKey: MessageKey,
    options: AppErrorOptions = {},
  ) {
    super(options.detail ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.values = options.values ?? {};
    this.fieldErrors = options.fieldErrors;
    this.headers = options.headers ?? {};
  }
}

/** Not found and not yours look the same from outside: both are a 404. */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super("not_found", 404, "errors.notFound", { detail: `${what} not found` });
  }
}

/** No session where one is needed. */
export class UnauthenticatedError extends AppError {
  constructor() {
    super("unauthenticated", 401, "errors.unauthenticated");
  }
}

const QUOTA_MESSAGES = { exports: "export.tooManyExports", cases: "errors.tooManyCases" } as const;

/** An hourly quota (lib/quotas) is used up: try again within the hour. (Uploads: UploadError.) */
export class QuotaError extends AppError {
  constructor(quota: keyof typeof QUOTA_MESSAGES) {
    super(`too_many_${quota}`, 429, QUOTA_MESSAGES[quota], { headers: { "Retry-After": "3600" } });
  }
}

/** Input that does not parse, when there is no form field to mark (a header, a query). */
export class InvalidInputError extends AppError {
  constructor(detail: string) {
    super("invalid_input", 422, "errors.invalidInput", { detail });
  }
}
