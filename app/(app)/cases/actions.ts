"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import {
  changeCaseStatus,
  createDraftCase,
  discardDraft,
  openCase,
  recordCaseEvent,
  retractCaseEvent,
  saveDraft,
  setSelfCheck,
  updateCaseFacts,
} from "@/lib/cases";
import { CASE_STATUSES } from "@/lib/cases/case-status";
import { RecordEventSchema } from "@/lib/cases/record-event-schema";
import { CaseFormSchema, DraftSchema } from "@/lib/cases/schema";
import { QuotaError } from "@/lib/errors";
import { actionFailure, runAction } from "@/lib/errors/action-failure";
import { type ActionResult, invalid } from "@/lib/forms/action-result";
import { withinQuota } from "@/lib/quotas";

// Each action re-validates with the schema its form uses, reads the clock once, and leaves
// ownership to the command (another user's case id → 404).

const Id = z.string().min(1).max(40);
const Version = z.number().int().positive();

const DraftSave = z.object({ caseId: Id.optional(), version: Version.optional() }).and(DraftSchema);

/** The wizard saves as the user goes: the first save creates the DRAFT case. */
export async function saveDraftAction(input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const user = await requireUser();
  const now = new Date();
  const parsed = DraftSave.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { caseId, version, ...draft } = parsed.data;
  if ((!caseId || !version) && !(await withinQuota(user.id, "cases", now)))
    return actionFailure(new QuotaError("cases"));
  return runAction(async () => {
    if (!caseId || !version) return createDraftCase(user.id, draft, now);
    const saved = await saveDraft(user.id, caseId, version, draft, now);
    return { id: caseId, version: saved.version };
  });
}

/** Throws the wizard's draft away, with the files uploaded into it (a bill picked from). */
export async function discardDraftAction(draftId: unknown): Promise<ActionResult<undefined>> {
  const user = await requireUser();
  const id = Id.safeParse(draftId);
  if (!id.success) return invalid(id.error);
  const result = await runAction(async () => {
    await discardDraft(user.id, id.data);
    return undefined;
  });
  revalidatePath("/cases");
  return result;
}

export async function openCaseAction(draftId: string | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireUser();
  const now = new Date();
  const id = draftId === null ? null : Id.safeParse(draftId);
  if (id && !id.success) return invalid(id.error);
  const parsed = CaseFormSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!id && !(await withinQuota(user.id, "cases", now))) return actionFailure(new QuotaError("cases"));
  const result = await runAction(() => openCase(user.id, id ? id.data : null, parsed.data, now));
  revalidatePath("/cases");
  return result.ok ? { ok: true, data: { id: result.data.id } } : result;
}

export async function updateFactsAction(
  caseId: string,
  version: number,
  input: unknown,
): Promise<ActionResult<{ version: number }>> {
  const user = await requireUser();
  const now = new Date();
  const parsed = CaseFormSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const v = Version.safeParse(version);
  if (!v.success) return invalid(v.error);
  const result = await runAction(() => updateCaseFacts(user.id, caseId, v.data, parsed.data, now));
  revalidatePath(`/cases/${caseId}`);
  return result.ok ? { ok: true, data: { version: result.data.version } } : result;
}

const StatusChange = z.object({ version: Version, to: z.enum(CASE_STATUSES, { error: "errors.invalidChoice" }) });

export async function changeStatusAction(caseId: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  const user = await requireUser();
  const now = new Date();
  const parsed = StatusChange.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => changeCaseStatus(user.id, caseId, parsed.data.version, parsed.data.to, now));
  revalidatePath(`/cases/${caseId}`);
  return result;
}

export async function recordEventAction(caseId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireUser();
  const now = new Date();
  const parsed = RecordEventSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => recordCaseEvent(user.id, caseId, parsed.data, now));
  revalidatePath(`/cases/${caseId}`);
  return result;
}

export async function retractEventAction(caseId: string, eventId: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireUser();
  const now = new Date();
  const parsed = Id.safeParse(eventId);
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => retractCaseEvent(user.id, caseId, parsed.data, now));
  revalidatePath(`/cases/${caseId}`);
  return result;
}

const SelfCheck = z.object({ itemId: z.string().min(1).max(64), checked: z.boolean() });

export async function selfCheckAction(caseId: string, input: unknown): Promise<ActionResult<undefined>> {
  const user = await requireUser();
  const now = new Date();
  const parsed = SelfCheck.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(async () => {
    await setSelfCheck(user.id, caseId, parsed.data.itemId, parsed.data.checked, now);
    return undefined;
  });
  revalidatePath(`/cases/${caseId}`);
  return result;
}
