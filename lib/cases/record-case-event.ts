import "server-only";
import { appendAudit } from "@/lib/audit";
import { db, type Prisma } from "@/lib/db";
import { CaseStateError } from "./errors";
import { actorOf, lockOwnedCase } from "./lock-case";
import { onCaseChanged } from "./on-case-changed";
import type { RecordEvent } from "./record-event-schema";
import { WallTimeError } from "./stored-facts";
import { wallTimeToInstant } from "./zoned-time";

/**
 * Appends what happened to the case's log (a complaint filed, an answer, money back…).
 * Events are never edited: recording does not bump the version, so it never conflicts
 * with an edit of the facts. Money recovered adds its fen to the case in the same transaction.
 */
export async function recordCaseEvent(ownerId: string, caseId: string, input: RecordEvent, now: Date) {
  const occurredAt = wallTimeToInstant(input.occurredAt, input.timeZone);
  if (!occurredAt) throw new WallTimeError("occurredAt");
  return db().$transaction(async (tx) => {
    const found = await lockOwnedCase(tx, ownerId, caseId);
    if (found.status === "DRAFT") throw new CaseStateError("not_a_draft");
    const payload = {
      ...(input.note ? { note: input.note } : {}),
      ...(input.reference ? { reference: input.reference } : {}),
      ...(input.ruleId ? { ruleId: input.ruleId } : {}),
      ...(input.amountFen !== undefined ? { amountFen: input.amountFen.toString() } : {}),
    };
    const event = await tx.caseEvent.create({
      data: {
        caseId,
        type: input.type,
        occurredAt,
        recordedAt: now,
        actor: actorOf(ownerId),
        payload: payload as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    if (input.amountFen !== undefined) {
      await tx.case.update({ where: { id: caseId }, data: { recoveredFen: { increment: input.amountFen } } });
    }
    await appendAudit(tx, {
      caseId,
      actor: actorOf(ownerId),
      action: "event.recorded",
      after: { eventId: event.id, type: input.type, occurredAt, payload },
      at: now,
    });
    await onCaseChanged(tx, caseId, now);
    return event;
  });
}

/**
 * Withdraws a wrongly recorded event by appending an EVENT_RETRACTED that points at it;
 * the original stays in the log (and in the audit chain), the deadlines ignore it.
 */
export async function retractCaseEvent(ownerId: string, caseId: string, eventId: string, now: Date) {
  return db().$transaction(async (tx) => {
    await lockOwnedCase(tx, ownerId, caseId);
    const target = await tx.caseEvent.findFirst({ where: { id: eventId, caseId } });
    if (!target) throw new CaseStateError("not_retractable");
    if (["CASE_OPENED", "EVENT_RETRACTED"].includes(target.type)) throw new CaseStateError("not_retractable");
    const already = await tx.caseEvent.findFirst({
      where: { caseId, type: "EVENT_RETRACTED", payload: { path: ["eventId"], equals: eventId } },
    });
    if (already) throw new CaseStateError("already_retracted");
    const retraction = await tx.caseEvent.create({
      data: {
        caseId,
        type: "EVENT_RETRACTED",
        occurredAt: now,
        recordedAt: now,
        actor: actorOf(ownerId),
        payload: { eventId },
      },
      select: { id: true },
    });
    const fen = (target.payload as { amountFen?: string } | null)?.amountFen;
    if (target.type === "MONEY_RECOVERED" && fen) {
      await tx.case.update({ where: { id: caseId }, data: { recoveredFen: { decrement: BigInt(fen) } } });
    }
    await appendAudit(tx, {
      caseId,
      actor: actorOf(ownerId),
      action: "event.retracted",
      before: { eventId, type: target.type, occurredAt: target.occurredAt },
      after: { retractionId: retraction.id },
      at: now,
    });
    await onCaseChanged(tx, caseId, now);
    return retraction;
  });
}

/** Ticks or unticks one item of the account-restricted self-check list (kept as events). */
export async function setSelfCheck(ownerId: string, caseId: string, itemId: string, checked: boolean, now: Date) {
  return db().$transaction(async (tx) => {
    const found = await lockOwnedCase(tx, ownerId, caseId);
    if (found.status === "DRAFT") throw new CaseStateError("not_a_draft");
    await tx.caseEvent.create({
      data: {
        caseId,
        type: "SELF_CHECK_TICKED",
        occurredAt: now,
        recordedAt: now,
        actor: actorOf(ownerId),
        payload: { itemId, checked },
      },
    });
    await appendAudit(tx, {
      caseId,
      actor: actorOf(ownerId),
      action: "selfcheck.ticked",
      after: { itemId, checked },
      at: now,
    });
    await onCaseChanged(tx, caseId, now);
  });
}
