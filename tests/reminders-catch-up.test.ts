import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createCase, recordCaseEvent, updateCaseFacts } from "@/lib/cases";
import { RecordEventSchema } from "@/lib/cases/record-event-schema";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { parseForm, wechatFraudForm } from "./factories/case";
import { createTestUser } from "./factories/user";
import { deliverAt, startSmtpCapture } from "./reminders/helpers";

// A reminder whose moment has passed while its deadline is still ahead goes out at once (issue 22,
// lib/reminders/plan-reminders.ts). Opening a case late is tested in reminders-schedule.test.ts;
// here the two other ways a deadline comes close all at once, an edit of the facts and a recorded
// event, and the digest that gathers one user's due reminders into one email, most urgent first.
// Every instant is 14:00–15:00 Beijing, outside the default quiet hours (22:00–08:00).

const at = (iso: string) => new Date(iso);
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

beforeEach(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  resetEnvForTests();
});
afterEach(async () => {
  await smtp.close();
  delete process.env.SMTP_URL;
  resetEnvForTests();
});

async function verifiedUser() {
  const user = await createTestUser();
  await db().user.update({ where: { id: user.id }, data: { emailVerified: at("2026-11-01T00:00:00Z") } });
  return user;
}

async function scheduled(caseId: string, ruleId: string) {
  const rows = await db().reminder.findMany({
    where: { caseId, ruleId, status: "SCHEDULED" },
    orderBy: { sendAt: "asc" },
  });
  return rows.map((r) => [r.offsetHours, r.sendAt.toISOString(), r.dueAt.toISOString()]);
}

const mails = () => Promise.all(smtp.received.map((m) => simpleParser(m.raw)));

describe("a passed reminder whose deadline is still ahead is caught up", () => {
  test("after an edit of the facts moves the deadline 1.5 h away: the 2 h warning goes out now", async () => {
    const owner = await verifiedUser();
    // Discovered 16:00 Beijing on 30 Nov: the police report is due 2 Dec 08:00Z, every warning ahead.
    const opened = at("2026-12-01T06:00:00Z");
    const form = wechatFraudForm({ facts: { discoveredAt: "2026-11-30T16:00", policeReported: "no" } });
    const { id } = await createCase(owner.id, parseForm(form), opened);
    expect((await scheduled(id, "fraud.police-report")).map((r) => r[0])).toEqual([24, 2, 0]);

    // Corrected: it was found a day earlier, so the report is due 1 Dec 08:00Z, 1 h 29 min on.
    const edited = at("2026-12-01T06:31:00Z");
    const earlier = wechatFraudForm({ facts: { discoveredAt: "2026-11-29T16:00", policeReported: "no" } });
    await updateCaseFacts(owner.id, id, 1, parseForm(earlier), edited);
    expect(await scheduled(id, "fraud.police-report")).toEqual([
      [2, edited.toISOString(), "2026-12-01T08:00:00.000Z"],
      [0, "2026-12-01T08:00:00.000Z", "2026-12-01T08:00:00.000Z"],
    ]);

    expect(await deliverAt(at("2026-12-01T06:31:05Z"))).toMatchObject({ emails: 1, failed: 0 });
    const [mail] = await mails();
    expect(mail!.subject).toBe("还剩 2 小时：向公安机关报案（110 / 96110）");
    expect(mail!.text).toContain(`/cases/${id}`);
  });

  test("after a recorded event starts a deadline whose warnings have passed: the latest passed one goes out now", async () => {
    const owner = await verifiedUser();
    // Goods bought online, receipt not yet known: no return deadline.
    const form = wechatFraudForm({
      kind: "MERCHANT_DISPUTE",
      title: "网购 商品与描述不符",
      facts: { bank: "", orderNumber: "", purchase: "GOODS", goodsReceivedAt: "" },
    });
    const { id } = await createCase(owner.id, parseForm(form), at("2026-11-30T06:00:00Z"));
    expect(await scheduled(id, "merchant.no-reason-return")).toEqual([]);

    // Recorded on 1 Dec at 14:30 Beijing: the goods came on 24 Nov, so the 7-day return ends with
    // 1 Dec (Beijing) — the 72 h and 24 h warnings are past, the 2 h one and the deadline ahead.
    const recorded = at("2026-12-01T06:30:00Z");
    const event = RecordEventSchema.parse({
      type: "GOODS_RECEIVED",
      occurredAt: "2026-11-24T10:00",
      timeZone: "Asia/Shanghai",
    });
    await recordCaseEvent(owner.id, id, event, recorded);
    const rows = await scheduled(id, "merchant.no-reason-return");
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      [24, recorded.toISOString()],
      [2, expect.any(String)],
      [0, expect.any(String)],
    ]);
    const due = new Date(rows[0]![2]!);
    expect(due.getTime()).toBeGreaterThan(recorded.getTime());
    expect(due.getTime() - recorded.getTime()).toBeLessThan(24 * 3600_000);

    expect(await deliverAt(at("2026-12-01T06:30:05Z"))).toMatchObject({ emails: 1, failed: 0 });
    const [mail] = await mails();
    expect(mail!.subject).toContain("七日无理由退货");
    expect(mail!.text).toContain(`/cases/${id}`);
    const sent = await db().reminder.findMany({ where: { caseId: id, status: "SENT" } });
    expect(sent.map((r) => r.offsetHours)).toEqual([24]);
  });
});

describe("one user, two due deadlines", () => {
  test("one email, listing the most urgent first", async () => {
    const owner = await verifiedUser();
    const now = at("2026-12-01T06:31:00Z");
    // Opened first, due later: discovered 17:00 Beijing on 29 Nov → report due 09:00Z.
    const later = await createCase(
      owner.id,
      parseForm(
        wechatFraudForm({ title: "晚到期的案件", facts: { discoveredAt: "2026-11-29T17:00", policeReported: "no" } }),
      ),
      now,
    );
    // Opened second, due sooner: discovered 16:00 Beijing on 29 Nov → due 08:00Z.
    const sooner = await createCase(
      owner.id,
      parseForm(
        wechatFraudForm({ title: "先到期的案件", facts: { discoveredAt: "2026-11-29T16:00", policeReported: "no" } }),
      ),
      now,
    );

    const stats = await deliverAt(at("2026-12-01T06:31:05Z"));
    expect(stats).toMatchObject({ emails: 1, sent: 2, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = await mails();
    const text = mail!.text ?? "";
    const first = text.indexOf(`/cases/${sooner.id}`);
    const second = text.indexOf(`/cases/${later.id}`);
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
  });
});
