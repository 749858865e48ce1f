import { simpleParser } from "mailparser";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { changeCaseStatus, createCase, createDraftCase, recordCaseEvent, retractCaseEvent } from "@/lib/cases";
import { RecordEventSchema } from "@/lib/cases/record-event-schema";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { failedRemindersForCase } from "@/lib/reminders";
import { parseForm, wechatFraudForm } from "./factories/case";
import { createTestUser } from "./factories/user";
import { deliverAt, startSmtpCapture } from "./reminders/helpers";

const at = (iso: string) => new Date(iso);
// Fraud discovered 16:00 Beijing on 29 Nov 2026 → report to the police by 16:00 Beijing on 1 Dec (08:00Z).
const now = at("2026-11-29T11:00:00Z");
const POLICE_DUE = "2026-12-01T08:00:00.000Z";

async function verifiedUser() {
  const user = await createTestUser();
  await db().user.update({ where: { id: user.id }, data: { emailVerified: now } });
  return user;
}

async function policeRows(caseId: string) {
  const rows = await db().reminder.findMany({
    where: { caseId, ruleId: "fraud.police-report" },
    orderBy: { sendAt: "asc" },
  });
  return rows.map((r) => [r.offsetHours, r.status, r.sendAt.toISOString()]);
}

afterEach(() => {
  delete process.env.SMTP_URL;
  resetEnvForTests();
});

describe("scheduling on every case change", () => {
  test("opening a case schedules 24 h / 2 h / at-due reminders; reporting cancels them; retracting brings them back", async () => {
    const owner = await verifiedUser();
    const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), now);
    expect(await policeRows(id)).toEqual([
      [24, "SCHEDULED", "2026-11-30T08:00:00.000Z"],
      [2, "SCHEDULED", "2026-12-01T06:00:00.000Z"],
      [0, "SCHEDULED", POLICE_DUE],
    ]);
    const keys = await db().reminder.findMany({ where: { caseId: id, ruleId: "fraud.police-report" } });
    expect(keys.map((k) => k.idempotencyKey)).toContain(`${id}:fraud.police-report:24h:${POLICE_DUE}`);

    const reported = await recordCaseEvent(
      owner.id,
      id,
      RecordEventSchema.parse({ timeZone: "Asia/Shanghai", type: "POLICE_REPORTED", occurredAt: "2026-11-29T19:30" }),
      now,
    );
    expect((await policeRows(id)).map((r) => r[1])).toEqual(["CANCELLED", "CANCELLED", "CANCELLED"]);
    await retractCaseEvent(owner.id, id, reported.id, now);
    expect((await policeRows(id)).map((r) => r[1])).toEqual(["SCHEDULED", "SCHEDULED", "SCHEDULED"]);
  });

  test("closing a case cancels everything; a draft and an unverified address schedule nothing", async () => {
    const owner = await verifiedUser();
    const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), now);
    await changeCaseStatus(owner.id, id, 1, "CLOSED", now);
    expect(await db().reminder.count({ where: { caseId: id, status: "SCHEDULED" } })).toBe(0);
    expect(await db().reminder.count({ where: { caseId: id, status: "CANCELLED" } })).toBeGreaterThan(0);

    const draft = await createDraftCase(
      owner.id,
      { kind: "FRAUD", platform: "ALIPAY", values: { title: "草稿" } },
      now,
    );
    expect(await db().reminder.count({ where: { caseId: draft.id } })).toBe(0);

    const unverified = await createTestUser();
    const other = await createCase(unverified.id, parseForm(wechatFraudForm()), now);
    expect(await db().reminder.count({ where: { caseId: other.id } })).toBe(0);
  });
});

describe("sending", () => {
  // Each test starts from an empty outbox: cases of earlier tests have reminders due at the same instants.
  beforeEach(async () => {
    await db().reminder.deleteMany();
  });

  test("the 24 h reminder arrives once over SMTP: Chinese subject, instant, .ics with the alarm 2 h before, one-click unsubscribe", async () => {
    const smtp = await startSmtpCapture();
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
      resetEnvForTests();
      const owner = await verifiedUser();
      const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), now);
      const stats = await deliverAt(at("2026-11-30T08:00:30Z"));
      expect(stats).toMatchObject({ sent: 1, emails: 1, failed: 0 });
      expect(await deliverAt(at("2026-11-30T08:01:00Z"))).toMatchObject({ sent: 0, emails: 0 });
      expect(smtp.received).toHaveLength(1);
      const mail = await simpleParser(smtp.received[0]!.raw);
      expect(mail.subject).toBe("还剩 24 小时：向公安机关报案（110 / 96110）");
      expect(mail.text).toContain("2026年12月1日 周二 16:00（GMT+8，Asia/Shanghai）");
      expect(mail.text).toContain(`https://recourse.example/cases/${id}`);
      expect(smtp.received[0]!.raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
      expect(smtp.received[0]!.raw).toMatch(
        /List-Unsubscribe:\s+<https:\/\/recourse\.example\/api\/reminders\/unsubscribe\?t=/,
      );
      const ics = mail.attachments.find((a) => a.filename === "recourse-deadline.ics");
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(ics!.content.toString("utf8"))).getFirstSubcomponent("vevent")!,
      );
      expect(event.endDate.toJSDate().toISOString()).toBe(POLICE_DUE);
      const row = await db().reminder.findFirstOrThrow({
        where: { caseId: id, ruleId: "fraud.police-report", offsetHours: 24 },
      });
      expect([row.status, row.attempts, row.sentAt?.toISOString()]).toEqual(["SENT", 1, "2026-11-30T08:00:30.000Z"]);
    } finally {
      await smtp.close();
    }
  });

  test("a fraud case opened late gets its missed warning in the worker's next round: one email, not a dropped reminder", async () => {
    const smtp = await startSmtpCapture();
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
      resetEnvForTests();
      // Discovered 16:00 Beijing on 29 Nov (08:00Z): the police report is due 48 h later.
      const opened = [
        at("2026-12-01T06:30:00Z"), // 46.5 h after discovery
        at("2026-12-01T06:31:00Z"), // 1 h 29 min before the deadline: the case issue 22 saw dropped
      ];
      const owners = [];
      for (const instant of opened) {
        const owner = await verifiedUser();
        const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), instant);
        owners.push({ owner, id, instant });
      }
      // The worker's next round, a few seconds later.
      const stats = await deliverAt(at("2026-12-01T06:31:05Z"));
      expect(stats).toMatchObject({ emails: 2, failed: 0 });
      expect(smtp.received).toHaveLength(2);
      for (const { owner, id } of owners) {
        const mails = await Promise.all(smtp.received.map((m) => simpleParser(m.raw)));
        const mine = mails.filter((m) => m.text?.includes(`/cases/${id}`));
        expect(mine).toHaveLength(1);
        // 1 h 29–30 min left: the subject says 2 hours (rounded up), as the 2 h warning it is.
        expect(mine[0]!.subject).toBe("还剩 2 小时：向公安机关报案（110 / 96110）");
        expect(mine[0]!.text).toContain("2026年12月1日 周二 16:00（GMT+8，Asia/Shanghai）");
        const rows = await db().reminder.findMany({
          where: { userId: owner.id, caseId: id, ruleId: "fraud.police-report" },
          orderBy: { dueAt: "asc" },
        });
        // The 2 h warning went out; the at-deadline one is still to come; the 24 h one is not repeated.
        expect(rows.map((r) => [r.offsetHours, r.status])).toEqual(
          expect.arrayContaining([
            [2, "SENT"],
            [0, "SCHEDULED"],
          ]),
        );
        expect(rows.some((r) => r.offsetHours === 24)).toBe(false);
      }
    } finally {
      await smtp.close();
    }
  });

  test("a case closed or a user deleted between scheduling and sending → nothing sent", async () => {
    const smtp = await startSmtpCapture();
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
      resetEnvForTests();
      const closer = await verifiedUser();
      const closed = await createCase(closer.id, parseForm(wechatFraudForm()), now);
      const leaver = await verifiedUser();
      await createCase(leaver.id, parseForm(wechatFraudForm()), now);
      // Behind the commands' back: the send-time re-check must still catch it.
      await db().case.update({ where: { id: closed.id }, data: { status: "CLOSED" } });
      await db().user.delete({ where: { id: leaver.id } });
      const stats = await deliverAt(at("2026-11-30T08:00:30Z"));
      expect(stats.sent).toBe(0);
      expect(smtp.received).toHaveLength(0);
      expect(await db().reminder.count({ where: { userId: leaver.id } })).toBe(0);
      const row = await db().reminder.findFirstOrThrow({
        where: { caseId: closed.id, ruleId: "fraud.police-report", offsetHours: 24 },
      });
      expect(row.status).toBe("CANCELLED");
    } finally {
      await smtp.close();
    }
  });

  test("a permanent SMTP refusal (550) fails the reminder at once, and the case shows it", async () => {
    const smtp = await startSmtpCapture(0, {
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
      },
    });
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
      resetEnvForTests();
      vi.spyOn(console, "warn").mockImplementation(() => undefined);
      const owner = await verifiedUser();
      const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), now);
      expect(await deliverAt(at("2026-11-30T08:00:30Z"))).toMatchObject({ failed: 1, retried: 0 });
      const failed = await failedRemindersForCase(owner.id, id);
      expect(failed.map((f) => [f.offsetHours, f.attempts])).toEqual([[24, 1]]);
      expect(failed[0]?.lastError).toMatch(/550|refused/);
      const stranger = await verifiedUser();
      expect(await failedRemindersForCase(stranger.id, id)).toEqual([]);
    } finally {
      await smtp.close();
    }
  });
});
