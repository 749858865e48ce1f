import type { MessageKey } from "@/lib/i18n/translator";

/**
 * A failure a person can meet in normal use. `code` is stable (tests, logs),
 * `userMessageKey` is the i18n key to show; the message is for logs only.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly userMessageKey: MessageKey = "common.genericError",
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Not found and not yours look the same from outside: both are a 404. */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super("not_found", `${what} not found`, "common.notFoundBody");
    this.name = "NotFoundError";
  }
}
