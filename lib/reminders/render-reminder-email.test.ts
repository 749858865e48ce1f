import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import { renderReminderEmail } from "./render-reminder-email";
import type { ReminderMailItem } from "./reminder-email";

const due = new Date("2025-01-29T15:00:00Z"); // 23:00 Beijing
const police: ReminderMailItem = {
  idempotencyKey: `c1:fraud.police-report:24h:${due.toISOString()}`,
  kind: "OBLIGATION",
  offsetHours: 24,
  label: { "zh-CN": "向公安机关报案", en: "Report to the police" },
  dueAt: due,
  derivation: { "zh-CN": "发现被骗后 48 小时", en: "48 hours after discovering the fraud" },
  nextStep: { "zh-CN": "拨打 110 报案", en: "Call 110" },
  holidaysConfirmed: true,
  caseTitle: "淘宝刷单诈骗",
  caseUrl: "https://recourse.example/cases/c1",
};
const lapsed: ReminderMailItem = {
  ...police,
  idempotencyKey: "c1:fraud.platform-report-review:lapsed:2025-03-25T15:59:59.999Z",
  kind: "COUNTERPARTY_LAPSED",
  offsetHours: null,
  label: { "zh-CN": "平台举报诈骗审核", en: "Platform fraud-report review" },
  nextStep: { "zh-CN": "到属地网警部门备案", en: "Go to the cyber police" },
};
const input = {
  timeZone: "Asia/Shanghai",
  baseUrl: "https://recourse.example",
  unsubscribeToken: "dTE.sig",
  now: new Date("2025-01-28T15:00:00Z"), // 24 h before the deadline
};

describe("renderReminderEmail", () => {
  test("zh-CN: subject says what and when; body has the instant in the user's zone, derivation, next step, link", async () => {
    const mail = await renderReminderEmail({ ...input, locale: "zh-CN", items: [police] });
    expect(mail.subject).toBe("还剩 24 小时：向公安机关报案");
    // Sent late (a case opened 18.5 h before its deadline): the hours actually left, rounded up.
    const late = await renderReminderEmail({
      ...input,
      now: new Date("2025-01-28T20:30:00Z"),
      locale: "zh-CN",
      items: [police],
    });
    expect(late.subject).toBe("还剩 19 小时：向公安机关报案");
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain("2025年1月29日 周三 23:00（GMT+8，Asia/Shanghai）");
      expect(part).toContain("发现被骗后 48 小时");
      expect(part).toContain("拨打 110 报案");
      expect(part).toContain("https://recourse.example/cases/c1");
      expect(part).toContain("https://recourse.example/reminders/unsubscribe?t=dTE.sig");
    }
    expect(mail.html).toContain('lang="zh-CN"');
    expect(mail.headers["List-Unsubscribe"]).toBe("<https://recourse.example/api/reminders/unsubscribe?t=dTE.sig>");
    expect(mail.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  test("English, in another zone; several reminders → one message naming the first and counting the rest", async () => {
    const mail = await renderReminderEmail({
      ...input,
      locale: "en",
      timeZone: "Europe/Berlin",
      items: [police, lapsed],
    });
    expect(mail.subject).toBe("24 hours left: Report to the police (and 1 more)");
    expect(mail.text).toContain("Due: Wed 29 Jan 2025 16:00 (GMT+1, Europe/Berlin)");
    expect(mail.text).toContain("Platform fraud-report review");
    expect(mail.text).toContain("Deadline reminder"); // not upper-cased by html-to-text
    expect(mail.text.replaceAll(police.caseTitle, "")).not.toMatch(/[\u4e00-\u9fff]/); // only the user's own title is Chinese
  });

  test("the .ics has a VEVENT ending at the deadline and an alarm 2 h before it; a lapsed window gets none", async () => {
    const mail = await renderReminderEmail({ ...input, locale: "zh-CN", items: [police, lapsed] });
    const component = new ICAL.Component(ICAL.parse(mail.ics ?? ""));
    const events = component.getAllSubcomponents("vevent");
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]!);
    expect(event.endDate.toJSDate().toISOString()).toBe(due.toISOString());
    expect(event.summary).toBe("向公安机关报案 · 淘宝刷单诈骗");
    const alarm = events[0]!.getFirstSubcomponent("valarm")!;
    const trigger = alarm.getFirstProperty("trigger")!;
    expect(trigger.getParameter("related")).toBe("END");
    const fireAt = event.endDate.clone();
    fireAt.addDuration(trigger.getFirstValue() as ICAL.Duration);
    expect(fireAt.toJSDate().toISOString()).toBe("2025-01-29T13:00:00.000Z");
    const onlyLapsed = await renderReminderEmail({ ...input, locale: "zh-CN", items: [lapsed] });
    expect([onlyLapsed.ics, onlyLapsed.subject]).toEqual([null, "未获答复：平台举报诈骗审核——可以这样升级"]);
  });
});
