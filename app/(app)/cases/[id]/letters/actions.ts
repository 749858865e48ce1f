"use server";

import { requireUser } from "@/lib/auth";
import { NotFoundError } from "@/lib/errors";
import { type ActionResult, failure, invalid, ok } from "@/lib/forms/action-result";
import { SaveLetterSchema } from "@/lib/letters";
import { saveLetterVersion } from "@/lib/letters/server";

/** Saves the editor's text as the next version; the same schema as the form, re-checked here. */
export async function saveLetterAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  const user = await requireUser();
  const parsed = SaveLetterSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    return ok(await saveLetterVersion(user.id, parsed.data, new Date()));
  } catch (error) {
    if (error instanceof NotFoundError) return failure("common.notFoundBody");
    throw error;
  }
}
