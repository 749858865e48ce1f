import "server-only";
import { appendAudit } from "@/lib/audit";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CaseStateError } from "./errors";
import { actorOf, assertVersion, type LockedCase } from "./lock-case";
import { onCaseChanged } from "./on-case-changed";
import { MAX_PAYMENTS } from "./schema";

export interface NewPayment {
  occurredAt: Date;
  amountFen: bigint;
  transactionId: string | null;
  counterpartyName: string | null;
  counterpartyAccount: string | null;
}

export class TooManyPaymentsError extends AppError {
  constructor() {
    super("too_many_payments", 422, "bills.import.too_many", {
      detail: `a case holds at most ${MAX_PAYMENTS} payments`,
    });
  }
}

/** Payments picked from a bill, for an open case or (with the owner's zone) a draft. */
export interface AddPaymentsInput {
  readonly ownerId: string;
  readonly baseVersion: number;
  readonly payments: readonly NewPayment[];
  /** e.g. { evidenceId, platform } of the bill the rows came from; evidenceId also links each payment */
  readonly source: Record<string, string>;
  readonly now: Date;
}

/** Same number, amount and instant: the same transfer (two ¥12.00 rows can share a number). */
export const sameTransfer = (a: NewPayment, b: NewPayment) =>
  a.transactionId === b.transactionId &&
  a.amountFen === b.amountFen &&
  a.occurredAt.getTime() === b.occurredAt.getTime();

/**
 * Appends outgoing payments to an open case inside the caller's transaction, on the case row the
 * caller locked (an import also stores its source file in the same transaction). A payment
 * already on the case (same number, time and amount) is skipped, so picking from the same bill
 * twice adds nothing twice — also when two imports of one file race: the second one, queued on
 * the lock, finds the first one's rows. Only a write checks the version: adding nothing cannot
 * conflict. The amount at stake follows; the deadlines follow from the payments on read (the
 * earliest transfer starts the clocks). One audit entry names what was added and where from.
 */
export async function addPaymentsInTransaction(
  tx: Prisma.TransactionClient,
  found: LockedCase,
  input: AddPaymentsInput,
): Promise<{ version: number; added: number; skipped: number }> {
  if (found.status === "DRAFT") throw new CaseStateError("not_a_draft");
  const fresh: NewPayment[] = [];
  for (const payment of input.payments) {
    if (found.payments.some((p) => sameTransfer(p, payment)) || fresh.some((p) => sameTransfer(p, payment))) continue;
    fresh.push(payment);
  }
  const skipped = input.payments.length - fresh.length;
  if (fresh.length === 0) return { version: found.version, added: 0, skipped };
  await assertVersion(tx, found, input.baseVersion);
  if (found.payments.length + fresh.length > MAX_PAYMENTS) throw new TooManyPaymentsError();
  const version = found.version + 1;
  const addedFen = fresh.reduce((sum, p) => sum + p.amountFen, 0n);
  // Positions become chronological: the rules read the first payment as the first transfer
  // (e.g. when a misdirected sender knew of the loss), so an earlier imported row must lead.
  const merged = [
    ...found.payments.map((p) => ({ existing: p.id, payment: p as NewPayment })),
    ...fresh.map((p) => ({ existing: null, payment: p })),
  ].sort((a, b) => a.payment.occurredAt.getTime() - b.payment.occurredAt.getTime());
  const positions = new Map<NewPayment, number>(merged.map((entry, position) => [entry.payment, position]));
  for (const entry of merged) {
    const position = positions.get(entry.payment)!;
    const before = found.payments.find((p) => p.id === entry.existing);
    if (before && before.position !== position) {
      await tx.payment.update({ where: { id: before.id }, data: { position } });
    }
  }
  await tx.payment.createMany({
    data: fresh.map((p) => ({
      caseId: found.id,
      // When the app learned of it: a bill row from 2023 imported today makes old deadlines "lapsed".
      createdAt: input.now,
      direction: "OUTGOING" as const,
      position: positions.get(p)!,
      occurredAt: p.occurredAt,
      amountFen: p.amountFen,
      transactionId: p.transactionId,
      counterpartyName: p.counterpartyName,
      counterpartyAccount: p.counterpartyAccount,
      // The kept file the rows were read from, so the payment can show its proof.
      evidenceId: input.source.evidenceId ?? null,
    })),
  });
  await tx.case.update({ where: { id: found.id }, data: { amountFen: found.amountFen + addedFen, version } });
  await appendAudit(tx, {
    caseId: found.id,
    actor: actorOf(input.ownerId),
    action: "payments.added",
    before: { version: found.version, amountFen: found.amountFen, payments: found.payments.length },
    after: {
      version,
      changed: ["payments", "amountFen"],
      amountFen: found.amountFen + addedFen,
      source: input.source,
      added: fresh.map((p) => ({
        position: positions.get(p),
        occurredAt: p.occurredAt.toISOString(),
        amountFen: p.amountFen,
        transactionId: p.transactionId,
        counterpartyName: p.counterpartyName,
        counterpartyAccount: p.counterpartyAccount,
      })),
    },
    at: input.now,
  });
  await onCaseChanged(tx, found.id, input.now);
  return { version, added: fresh.length, skipped };
}
