import "server-only";
import { createCase } from "@/lib/cases";
import { firstAidCaseForm, readCarriedAnswers } from "./answers";

/**
 * Opens the case the carried answers describe, for a signed-in owner, through the wizard's own
 * command (one transaction with its audit entry and reminders). Null when the answers do not
 * parse: the caller lands the person on their dashboard instead.
 */
export async function saveFirstAidCase(ownerId: string, carried: unknown, now: Date): Promise<string | null> {
  const answers = readCarriedAnswers(carried, now);
  if (!answers) return null;
  const { id } = await createCase(ownerId, firstAidCaseForm(answers), now);
  return id;
}
