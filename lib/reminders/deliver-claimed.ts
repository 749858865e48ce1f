import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Deadline } from "@/lib/deadlines";
import { maskEmails, sendMail } from "@/lib/mail";
import { loadCasePlanningInput, type CasePlanningInput } from "./case-planning-input";
import { classifySendError, retryDelayMs } from "./classify-send-error";
import type { ReminderMailItem } from "./reminder-email";
import { planForCase } from "./reschedule-case-reminders";
import { createUnsubscribeToken } from "./unsubscribe-token";

export interface DeliverOptions {
  readonly workerId: string;
  readonly now: () => Date;
  readonly baseUrl: string;
  readonly secret: string;
  readonly maxAttempts: number;
  readonly random: () => number;
  readonly retryBaseMs: number;
  /** Groups (one email each) sent at the same time. */
  readonly concurrency: number;
  /** True once SIGTERM arrived: groups not started yet are released, not sent. */
  readonly stopping: () => boolean;
}

export interface DeliverStats {
  sent: number;
  emails: number;
  retried: number;
  failed: number;
  cancelled: number;
  released: number;
}

/**
 * React Email (~40 MB of RSS once imported) is loaded with the first email, not with the worker:
 * an idle worker, the embedded launcher's included, never pays for it (ADR 0020).
 */
const loadRenderer = () => import("./render-reminder-email");

type Row = {
  id: string;
  idempotencyKey: string;
  userId: string;
  caseId: string;
  ruleId: string;
  kind: "OBLIGATION" | "COUNTERPARTY_LAPSED";
  offsetHours: number | null;
  dueAt: Date;
  attempts: number;
};

function nextStepFor(
  deadline: Deadline & { status: Exclude<Deadline["status"], "not_applicable"> },
  kind: Row["kind"],
) {
  if (kind === "COUNTERPARTY_LAPSED") return deadline.escalation.text;
  if (deadline.nextStep) return deadline.nextStep;
  const note = deadline.rule.note;
  return note
    ? { "zh-CN": `${deadline.rule.label["zh-CN"]}。${note["zh-CN"]}。`, en: `${deadline.rule.label.en}. ${note.en}.` }
    : deadline.rule.label;
}

/**
 * Sends the claimed rows: one email per user (their reminders due within the
 * digest window together), re-checked against the case as it is now — a case
 * closed, a user gone or unverified, email turned off or a deadline that moved
 * since planning means the row is cancelled, not sent. Only rows still claimed
 * by this worker are marked; the transaction never spans the SMTP call.
 */
export async function deliverClaimed(client: PrismaClient, ids: string[], o: DeliverOptions): Promise<DeliverStats> {
  const stats: DeliverStats = { sent: 0, emails: 0, retried: 0, failed: 0, cancelled: 0, released: 0 };
  if (ids.length === 0) return stats;
  const rows: Row[] = await client.reminder.findMany({
    where: { id: { in: ids }, status: "CLAIMED", claimedBy: o.workerId },
    orderBy: { dueAt: "asc" },
  });
  const mine = { status: "CLAIMED" as const, claimedBy: o.workerId };

  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.userId, [...(groups.get(row.userId) ?? []), row]);
  const queue = [...groups.values()];

  async function finish(group: Row[], data: Parameters<PrismaClient["reminder"]["updateMany"]>[0]["data"]) {
    await client.reminder.updateMany({ where: { id: { in: group.map((r) => r.id) }, ...mine }, data });
  }

  async function deliverGroup(group: Row[]): Promise<void> {
    const now = o.now();
    const exhausted = group.filter((r) => r.attempts > o.maxAttempts);
    if (exhausted.length > 0) {
      await finish(exhausted, {
        status: "FAILED",
        leaseUntil: null,
        lastError: "gave up: the worker stopped mid-send too often",
      });
      stats.failed += exhausted.length;
    }
    const cases = new Map<
      string,
      { input: CasePlanningInput | null; deadlines: Deadline[]; valid: ReadonlySet<string> }
    >();
    for (const caseId of new Set(group.map((r) => r.caseId))) {
      const input = await loadCasePlanningInput(client, caseId, now);
      cases.set(caseId, {
        input,
        deadlines: input?.deadlines ?? [],
        valid: input ? planForCase(input, now).validKeys : new Set(),
      });
    }
    const items: ReminderMailItem[] = [];
    const sending: Row[] = [];
    const unwanted: Row[] = [];
    // Several reminders for the same deadline in hand (a late send, a backlog): only the most
    // urgent one says anything true ("2 hours left", not "24 hours left"); the others are superseded.
    const mostUrgent = new Map<string, Row>();
    for (const row of group) {
      const deadlineKey = `${row.caseId}:${row.ruleId}:${row.dueAt.getTime()}`;
      const held = mostUrgent.get(deadlineKey);
      if (!held || (row.offsetHours ?? -1) < (held.offsetHours ?? -1)) mostUrgent.set(deadlineKey, row);
    }
    const kept = new Set(mostUrgent.values());
    const superseded = group.filter((r) => !kept.has(r) && r.attempts <= o.maxAttempts);
    if (superseded.length > 0) {
      await finish(superseded, { status: "CANCELLED", leaseUntil: null, lastError: "superseded by a later reminder" });
      stats.cancelled += superseded.length;
    }
    for (const row of group) {
      if (row.attempts > o.maxAttempts || !kept.has(row)) continue;
      const c = cases.get(row.caseId);
      const deadline = c?.deadlines.find((d) => d.ruleId === row.ruleId);
      if (!c?.input || !c.valid.has(row.idempotencyKey) || !deadline || deadline.status === "not_applicable") {
        unwanted.push(row);
        continue;
      }
      sending.push(row);
      items.push({
        idempotencyKey: row.idempotencyKey,
        kind: row.kind,
        offsetHours: row.offsetHours,
        label: deadline.rule.label,
        dueAt: row.dueAt,
        derivation: deadline.derivation,
        nextStep: nextStepFor(deadline, row.kind),
        holidaysConfirmed: deadline.holidaysConfirmed,
        caseTitle: c.input.title[c.input.recipient.locale],
        caseUrl: `${o.baseUrl}/cases/${row.caseId}`,
      });
    }
    if (unwanted.length > 0) {
      await finish(unwanted, {
        status: "CANCELLED",
        leaseUntil: null,
        lastError: "not sent: no longer needed at send time",
      });
      stats.cancelled += unwanted.length;
    }
    const first = sending[0] && cases.get(sending[0].caseId)?.input;
    if (!first) return;

    try {
      const { renderReminderEmail } = await loadRenderer();
      const mail = await renderReminderEmail({
        locale: first.recipient.locale,
        timeZone: first.prefs.timeZone,
        items,
        baseUrl: o.baseUrl,
        unsubscribeToken: createUnsubscribeToken(first.ownerId, o.secret),
        now,
      });
      const sent = await sendMail({
        to: first.recipient.email,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        headers: { ...mail.headers, "X-Recourse-Reminders": sending.map((r) => r.id).join(",") },
        attachments: mail.ics
          ? [
              {
                filename: "recourse-deadline.ics",
                content: mail.ics,
                contentType: "text/calendar; charset=utf-8; method=PUBLISH",
              },
            ]
          : undefined,
      });
      // A crash right here (accepted by SMTP, not yet marked) is the one way a reminder goes out twice.
      await finish(sending, {
        status: "SENT",
        sentAt: o.now(),
        leaseUntil: null,
        lastError: null,
        messageId: sent.via === "smtp" ? sent.messageId.slice(0, 300) : sent.file.slice(-300),
      });
      stats.sent += sending.length;
      stats.emails += 1;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const attempts = Math.max(...sending.map((r) => r.attempts));
      if (classifySendError(error) === "permanent" || attempts >= o.maxAttempts) {
        await finish(sending, { status: "FAILED", leaseUntil: null, lastError: message });
        stats.failed += sending.length;
      } else {
        const sendAt = new Date(o.now().getTime() + retryDelayMs(attempts, o.random, o.retryBaseMs));
        await finish(sending, { status: "SCHEDULED", sendAt, leaseUntil: null, claimedBy: null, lastError: message });
        stats.retried += sending.length;
      }
    }
  }

  async function lane(): Promise<void> {
    for (let group = queue.shift(); group; group = queue.shift()) {
      if (o.stopping()) {
        // Not started: hand it back untouched (the claim does not count as an attempt).
        await client.reminder.updateMany({
          where: { id: { in: group.map((r) => r.id) }, ...mine },
          data: { status: "SCHEDULED", leaseUntil: null, claimedBy: null, attempts: { decrement: 1 } },
        });
        stats.released += group.length;
        continue;
      }
      try {
        await deliverGroup(group);
      } catch (error) {
        // A database hiccup: the rows stay claimed and come back when the lease runs out.
        console.warn(
          maskEmails(
            `[worker] could not deliver ${group.length} reminder(s): ${error instanceof Error ? error.stack : String(error)}`,
          ),
        );
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, lane));
  return stats;
}
