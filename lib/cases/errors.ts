import { AppError } from "@/lib/errors";

/** The edit was based on an older version: `changed` names what changed since (field names). */
export class VersionConflictError extends AppError {
  constructor(
    readonly changed: readonly string[],
    readonly currentVersion: number,
  ) {
    super("version_conflict", 409, "errors.versionConflict", {
      detail: `stale edit; changed since: ${changed.join(", ")}`,
      fieldErrors: Object.fromEntries(changed.map((field) => [field, "errors.changedElsewhere"])),
    });
  }
}

/** A status move the state machine does not allow (reason says why). */
export class StatusTransitionError extends AppError {
  constructor(readonly reason: "not_allowed" | "record_recovery_first" | "recovery_incomplete") {
    super("invalid_transition", 422, `workspace.transition.${reason}`, {
      detail: `status transition refused: ${reason}`,
    });
  }
}

/** The case is not in a state that allows this (a draft cannot record events, an open case is not a draft…). */
export class CaseStateError extends AppError {
  constructor(code: "draft_only" | "not_a_draft" | "kind_mismatch" | "already_retracted" | "not_retractable") {
    super(code, 422, `workspace.state.${code}`, { detail: `case state refuses: ${code}` });
  }
}
