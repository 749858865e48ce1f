import { mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import ICAL from "ical.js";
import { chromium } from "@playwright/test";
import { afterEach, expect, test } from "vitest";
import { createCase } from "@/lib/cases";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { parseForm, wechatFraudForm } from "../factories/case";
import { createTestUser } from "../factories/user";
import { deliverAt, startSmtpCapture } from "../reminders/helpers";

// The email as a recipient sees it: captured by a real SMTP server, its HTML opened in
// Debian's Chromium (Playwright), its .ics read by ical.js.
// Screenshots to look at go under the OS temp folder unless SHOTS_DIR says where.
const SHOTS = process.env.SHOTS_DIR ?? path.join(os.tmpdir(), "recourse-shots", "reminders");

afterEach(() => {
  delete process.env.SMTP_URL;
  resetEnvForTests();
});

test("a captured reminder renders in Chromium with its Chinese text visible; its .ics alarm fires 2 h before the deadline", async () => {
  const smtp = await startSmtpCapture();
  try {
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    resetEnvForTests();
    const now = new Date("2026-11-29T11:00:00Z");
    const user = await createTestUser();
    await db().user.update({ where: { id: user.id }, data: { emailVerified: now } });
    await createCase(user.id, parseForm(wechatFraudForm()), now);
    const sendAt = new Date("2026-12-01T06:00:10Z"); // the 2 h reminder
    await deliverAt(sendAt, "w");
    const twoHour = smtp.received.find((m) => m.raw.includes("Subject:"));
    expect(twoHour).toBeDefined();
    const mail = await simpleParser(twoHour!.raw);
    expect(mail.subject).toContain("还剩 2 小时：向公安机关报案");

    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.setContent(mail.html || "", { waitUntil: "load" });
      const heading = page.getByRole("heading", { name: "期限提醒" });
      await expect.poll(() => heading.isVisible()).toBe(true);
      const deadline = page.getByText("截止时间：2026年12月1日 周二 16:00（GMT+8，Asia/Shanghai）");
      expect(await deadline.isVisible()).toBe(true);
      const box = await deadline.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      await mkdir(SHOTS, { recursive: true });
      const png = await page.screenshot({ path: path.join(SHOTS, "email-zh-CN-phone.png"), fullPage: true });
      expect(png.length).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }

    const ics = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
    const vevent = new ICAL.Component(ICAL.parse(ics!.content.toString("utf8"))).getFirstSubcomponent("vevent")!;
    const event = new ICAL.Event(vevent);
    const trigger = vevent.getFirstSubcomponent("valarm")!.getFirstProperty("trigger")!;
    const fires = event.endDate.clone();
    fires.addDuration(trigger.getFirstValue() as ICAL.Duration);
    expect([event.endDate.toJSDate().toISOString(), fires.toJSDate().toISOString()]).toEqual([
      "2026-12-01T08:00:00.000Z",
      "2026-12-01T06:00:00.000Z",
    ]);
  } finally {
    await smtp.close();
  }
}, 60_000);
