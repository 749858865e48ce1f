import "server-only";
import { appendAudit } from "@/lib/audit";
import type { Prisma } from "@/lib/db";
import { TooManyPaymentsError, type AddPaymentsInput } from "./add-payments";
import { draftPaymentsOf, mergeDraftPayments, type DraftPayment } from "./draft-payments";
import { CaseStateError } from "./errors";
import { actorOf, assertVersion, type LockedCase } from "./lock-case";
import { onCaseChanged } from "./on-case-changed";
import { draftLinksOf, paymentKey } from "./payment-links";

/**
 * Bill rows picked in the wizard: a draft keeps its payments as the wizard's text (they become
 * Payment rows when the case is opened), so the picked rows are merged into that text, in the
 * owner's zone, on the draft row the caller locked — saved like any draft save (version, audit
 * entry). Returns the whole list for the wizard to show; nothing new means nothing written.
 */
export async function addDraftPaymentsInTransaction(
  tx: Prisma.TransactionClient,
  found: LockedCase,
  input: AddPaymentsInput & { readonly timeZone: string },
): Promise<{ version: number; added: number; skipped: number; payments: DraftPayment[] }> {
  if (found.status !== "DRAFT") throw new CaseStateError("draft_only");
  const values = ((found.facts as { draft?: Record<string, unknown> } | null)?.draft ?? {}) as Record<string, unknown>;
  const existing = draftPaymentsOf(values);
  const merged = mergeDraftPayments(existing, input.payments, input.timeZone);
  if (merged.added === 0) return { version: found.version, added: 0, skipped: merged.skipped, payments: existing };
  await assertVersion(tx, found, input.baseVersion);
  if (merged.tooMany) throw new TooManyPaymentsError();
  const version = found.version + 1;
  // The file the rows came from, per payment: opening the draft links its Payment rows to it.
  const links = draftLinksOf(found.facts);
  const evidenceId = input.source.evidenceId;
  if (evidenceId) {
    for (const payment of input.payments) {
      const key = paymentKey(payment);
      if (!links.some((link) => link.key === key)) links.push({ key, evidenceId });
    }
  }
  await tx.case.update({
    where: { id: found.id },
    data: {
      facts: {
        draft: { ...values, payments: merged.payments },
        ...(links.length > 0 ? { draftLinks: links } : {}),
      } as unknown as Prisma.InputJsonValue,
      version,
    },
  });
  await appendAudit(tx, {
    caseId: found.id,
    actor: actorOf(input.ownerId),
    action: "draft.saved",
    after: { version, changed: ["draft"], source: input.source, added: merged.added },
    at: input.now,
  });
  await onCaseChanged(tx, found.id, input.now);
  return { version, added: merged.added, skipped: merged.skipped, payments: merged.payments };
}
