import "server-only";
import { createCase } from "@/lib/cases";
import { QuotaError } from "@/lib/errors";
import { withinQuota } from "@/lib/quotas";
import { firstAidCaseForm, firstAidPath, firstAidQuery, readCarriedAnswers } from "./answers";

/** The query parameter that tells the first-aid page a save was refused, and why. */
export const FIRST_AID_REFUSED = "refused";

export type FirstAidSave =
  | { ok: true; caseId: string; path: string }
  /** The answers did not parse (dashboard), or the case quota is used up (the answers, kept). */
  | { ok: false; path: string; refusal?: QuotaError };

/**
 * Opens the case the carried answers describe, for a signed-in owner, through the wizard's own
 * command (one transaction with its audit entry and reminders), and says where to land. Both
 * ways in (the signed-in button, the confirmation link after sign-up) come through here, so
 * both count against the hourly case quota the wizard applies (QUOTA_CASES_PER_HOUR): a refusal
 * lands back on the first-aid answers with the quota's message instead of opening a case.
 */
export async function saveFirstAidCase(ownerId: string, carried: unknown, now: Date): Promise<FirstAidSave> {
  const answers = readCarriedAnswers(carried, now);
  if (!answers) return { ok: false, path: "/dashboard" };
  if (!(await withinQuota(ownerId, "cases", now))) {
    const refusal = new QuotaError("cases");
    const query = `${firstAidQuery(answers)}&${FIRST_AID_REFUSED}=${refusal.code}`;
    return { ok: false, path: `${firstAidPath(answers.kind)}?${query}`, refusal };
  }
  const { id } = await createCase(ownerId, firstAidCaseForm(answers), now);
  return { ok: true, caseId: id, path: `/cases/${id}` };
}

/** The message of a refusal named in the first-aid page's query (only the quota's, for now). */
export function firstAidRefusalKey(code: unknown): QuotaError["messageKey"] | null {
  const quota = new QuotaError("cases");
  return code === quota.code ? quota.messageKey : null;
}
