"use server";

import { requireUser } from "@/lib/auth";
import { runAction } from "@/lib/errors/action-failure";
import { type ActionResult, invalid } from "@/lib/forms/action-result";
import { SaveLetterSchema } from "@/lib/letters";
import { saveLetterVersion } from "@/lib/letters/server";

/** Saves the editor's text as the next version; the same schema as the form, re-checked here. */
export async function saveLetterAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  const user = await requireUser();
  const parsed = SaveLetterSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => saveLetterVersion(user.id, parsed.data, new Date()));
}
