import { writeFile } from "node:fs/promises";
import path from "node:path";
import { type Page, expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { beijingWall, openCaseThroughWizard, plusHours } from "./case-helpers";
import { signInAs } from "./helpers";

/** A fraud case discovered `hoursAgo` hours ago: its police report is due 48 h after discovery. */
async function fraud(page: Page, hoursAgo: number): Promise<string> {
  const discovered = beijingWall(hoursAgo);
  await openCaseThroughWizard(page, {
    kind: "诈骗",
    platform: "微信支付", // the 48 h police report is WeChat Pay's (百万保障)
    details: async (p) => p.getByLabel("什么时候发现被骗？").fill(discovered.wall),
    payments: [{ at: beijingWall(hoursAgo + 1).wall, amount: "500" }],
  });
  return plusHours(discovered.instant, 48).toISOString();
}

/** Screenshots to look at (not compared): only when SHOTS_DIR is set. */
async function shoot(page: Page, name: string): Promise<void> {
  if (process.env.SHOTS_DIR)
    await writeFile(path.join(process.env.SHOTS_DIR, `${name}.png`), await page.screenshot({ fullPage: true }));
}

test("the dashboard orders what is due across cases, one tap records it done, and the calendar feed carries the rest", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAs(page, "dash");
  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: "新建案件" })).toBeVisible(); // the welcome leads into the wizard

  // Opened in an order that is not the order of urgency.
  const soon = await fraud(page, 30); // due in 18 h
  // Opened 50 h after finding out: the 48 h police window had passed before the case existed.
  // That is information on the case ("已过期（开案前）"), never the dashboard's most urgent item.
  const lapsed = await fraud(page, 50);
  const later = await fraud(page, 5); // due in 43 h

  await page.goto("/dashboard");
  const police = page.getByTestId("attention-item").filter({ hasText: "向公安机关报案" });
  const dueTimes = () => police.locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
  await expect.poll(dueTimes).toEqual([soon, later]);
  await expect(page.locator(`time[datetime="${lapsed}"]`)).toHaveCount(0);
  await expect(page.getByTestId("money-totals")).toHaveText("已追回 ¥0.00，涉案共 ¥1,500.00");
  // The bars' numbers, as text for whoever cannot see them: a table under the picture.
  const moneyTable = page.getByRole("table", { name: "各类案件：已追回与涉案金额" });
  await expect(moneyTable.getByRole("row", { name: /^诈骗/ }).getByRole("cell")).toHaveText([
    "¥1,500.00",
    "¥0.00",
    "0%",
  ]);
  await shoot(page, "dashboard-zh-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, "dashboard-zh-390x844");
  await page.setViewportSize({ width: 1280, height: 800 });

  await police
    .filter({ has: page.locator(`time[datetime="${soon}"]`) })
    .getByRole("button", { name: /记为已完成/ })
    .click();
  await expect.poll(dueTimes).toEqual([later]);

  // The feed: created once, fetched like a calendar app would, parsed.
  await page.getByRole("link", { name: "订阅日历" }).click();
  await page.getByRole("button", { name: "生成订阅链接" }).click();
  const url = await page.getByLabel("您的订阅链接（只显示这一次）：").inputValue();
  expect(url).toMatch(/\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
  const feedPath = new URL(url).pathname;
  const response = await page.request.get(feedPath);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  expect(calendar.getFirstPropertyValue("refresh-interval")?.toString()).toBe("PT1H");
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const policeEnds = events
    .filter((e) => e.summary.startsWith("向公安机关报案"))
    .map((e) => e.endDate.toJSDate().toISOString())
    .sort();
  expect(policeEnds).toEqual([later]);
  const alarm = events.find((e) => e.summary.startsWith("向公安机关报案"))?.component.getFirstSubcomponent("valarm");
  expect(alarm?.getFirstPropertyValue("trigger")?.toString()).toBe("-PT2H");

  // Regenerating kills the old URL; a stranger's guess is a 404 too.
  await page.getByRole("button", { name: /重新生成/ }).click();
  await expect(page.getByLabel("您的订阅链接（只显示这一次）：")).not.toHaveValue(url);
  expect((await page.request.get(feedPath)).status()).toBe(404);
  expect((await page.request.get(`/feed/${"x".repeat(43)}.ics`)).status()).toBe(404);
});
