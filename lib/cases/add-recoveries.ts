import "server-only";
import { appendAudit } from "@/lib/audit";
import type { Prisma } from "@/lib/db";
import { retractedIds } from "./case-deadlines";
import { actorOf, type LockedCase } from "./lock-case";

export interface NewRecovery {
  occurredAt: Date;
  amountFen: bigint;
  /** the platform's transaction number */
  reference: string | null;
  /** who paid it back and what the bill calls it, for the timeline */
  note: string | null;
}

interface RecoveredPayload {
  amountFen?: unknown;
  reference?: unknown;
}

/**
 * Money that came back, taken from a bill (a refund, a reversal, a partial return): recorded as
 * MONEY_RECOVERED events, as if typed on the case page, with Case.recoveredFen raised by the same
 * amounts — so "at stake vs recovered" stays right and each one can be withdrawn like any entry.
 * Runs on the case row the caller locked; a draft may hold them too (no clock reads them).
 * One already recorded and not withdrawn (same time, amount and number) is skipped.
 */
export async function addRecoveriesInTransaction(
  tx: Prisma.TransactionClient,
  found: LockedCase,
  input: { ownerId: string; recoveries: readonly NewRecovery[]; source: Record<string, string>; now: Date },
): Promise<{ recovered: number; recoveredSkipped: number; recoveredFen: string }> {
  if (input.recoveries.length === 0) return { recovered: 0, recoveredSkipped: 0, recoveredFen: "0" };
  const events = await tx.caseEvent.findMany({ where: { caseId: found.id } });
  const withdrawn = retractedIds(events);
  const recorded = events.filter((e) => e.type === "MONEY_RECOVERED" && !withdrawn.has(e.id));
  const known = new Set(
    recorded.map((e) => {
      const payload = (e.payload ?? {}) as RecoveredPayload;
      return key(
        e.occurredAt,
        String(payload.amountFen),
        typeof payload.reference === "string" ? payload.reference : null,
      );
    }),
  );
  let recovered = 0n;
  let count = 0;
  for (const item of input.recoveries) {
    const id = key(item.occurredAt, item.amountFen.toString(), item.reference);
    if (known.has(id)) continue;
    known.add(id);
    const payload = {
      amountFen: item.amountFen.toString(),
      ...(item.reference ? { reference: item.reference } : {}),
      ...(item.note ? { note: item.note } : {}),
      source: input.source,
    };
    const event = await tx.caseEvent.create({
      data: {
        caseId: found.id,
        type: "MONEY_RECOVERED",
        occurredAt: item.occurredAt,
        recordedAt: input.now,
        actor: actorOf(input.ownerId),
        payload,
      },
      select: { id: true },
    });
    await appendAudit(tx, {
      caseId: found.id,
      actor: actorOf(input.ownerId),
      action: "event.recorded",
      after: { eventId: event.id, type: "MONEY_RECOVERED", occurredAt: item.occurredAt, payload },
      at: input.now,
    });
    recovered += item.amountFen;
    count++;
  }
  if (count > 0) await tx.case.update({ where: { id: found.id }, data: { recoveredFen: { increment: recovered } } });
  // Fen as decimal text: the answer travels as JSON, which has no bigint.
  return { recovered: count, recoveredSkipped: input.recoveries.length - count, recoveredFen: recovered.toString() };
}

const key = (at: Date, fen: string, reference: string | null) => `${at.getTime()}|${fen}|${reference ?? ""}`;
