import "server-only";
import { notFound } from "next/navigation";
import { CaseStateError, StatusTransitionError, VersionConflictError, WallTimeError } from "@/lib/cases";
import { NotFoundError } from "@/lib/errors";
import { type ActionResult, failure, ok } from "@/lib/forms/action-result";

/**
 * Runs a case command for a server action: expected refusals become translated results
 * (a conflict marks each changed field), another user's case is a 404 like a missing one.
 */
export async function runCommand<T>(command: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return ok(await command());
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof VersionConflictError) {
      return failure(
        "errors.versionConflict",
        Object.fromEntries(error.changed.map((field) => [field, "errors.changedElsewhere"])),
      );
    }
    if (error instanceof StatusTransitionError || error instanceof CaseStateError) {
      return failure(error.userMessageKey);
    }
    if (error instanceof WallTimeError) return failure("errors.invalidInput", { [error.field]: "errors.invalidDate" });
    throw error;
  }
}
