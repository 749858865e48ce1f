import { AppError, type ErrorStatus } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/translator";

/**
 * A refusal the auth and account functions hand back as a value (`{ ok: false, code, field }`:
 * a wrong code, a wrong password, a rate limit). Their server actions throw it inside runAction
 * (ADR 0032), so the form gets the one failure shape, `{ ok: false, code, fieldErrors }`, with
 * `code` the message key it translates. The status only matters to a route; an action ignores it.
 */
export class AuthRefusal extends AppError {
  constructor(messageKey: MessageKey, fieldErrors?: Record<string, MessageKey>, status: ErrorStatus = 422) {
    super("auth_refused", status, messageKey, fieldErrors ? { fieldErrors } : {});
  }
}

/** A refusal whose message also marks one field (the form's `code`, `currentPassword`…). */
export const fieldRefusal = (messageKey: MessageKey, field: string | undefined): AuthRefusal =>
  new AuthRefusal(messageKey, field ? { [field]: messageKey } : undefined);
