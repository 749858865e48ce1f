import path from "node:path";
import { expect, test } from "@playwright/test";
import { beijingWall, deadline, openCaseThroughWizard, plusHours, recordEvent } from "./case-helpers";
import { signInAs } from "./helpers";

test.afterEach(async ({ page }, testInfo) => {
  if (!process.env.SHOTS_DIR) return;
  const name = testInfo.title.replace(/[^a-z0-9]+/gi, "-").slice(0, 40);
  await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `${name}.png`), fullPage: true });
});

test("in English: a delayed-arrival transfer to stop within 24 hours", async ({ page, context, baseURL }) => {
  await signInAs(page, "english");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  const sent = beijingWall(2);
  await openCaseThroughWizard(page, {
    kind: "Misdirected transfer",
    platform: "Alipay",
    details: async (p) => p.getByRole("radio", { name: "Arrives after 24 hours" }).check(),
    payments: [{ at: sent.wall, amount: "3,000" }],
    labels: {
      kind: "Case type",
      platform: "Platform",
      next: "Next",
      submit: "Open the case",
      paidAt: /When paid/,
      amount: "Amount (yuan)",
    },
  });
  const doNow = page.getByRole("region", { name: "Do this now" });
  await expect(doNow.locator(`time[datetime="${plusHours(sent.instant, 24).toISOString()}"]`)).toBeVisible();
  await expect(doNow.getByText(/h \d+ min left|d \d+ h left/)).toBeVisible();
  await recordEvent(page, "I asked to stop the transfer");
  await expect(deadline(page, "misdirected.delayed-arrival-cancel").getByText("Met", { exact: false })).toBeVisible();
  // English shows English only.
  expect(await page.locator("main").innerText()).not.toMatch(/[\u4e00-\u9fff]/);

  // The timeline chart: a picture with its words beside it in the server's HTML, one line per
  // point; on a phone it scrolls sideways rather than shrink its dates, and takes focus to do so.
  const chart = page.getByTestId("case-timeline-chart");
  const words = chart.locator("ol > li");
  await expect(words.filter({ hasText: /: Case opened$/ })).toHaveCount(1);
  await expect(words.filter({ hasText: /: I asked to stop the transfer$/ })).toHaveCount(1);
  await expect(words.filter({ hasText: /: deadline ".+", done$/ })).toHaveCount(1);
  const served = await (await page.request.get(page.url())).text();
  expect(served).toMatch(/<li>[^<]+: Case opened<\/li>/);
  await page.setViewportSize({ width: 390, height: 844 });
  const scroller = chart.getByRole("group", { name: "Timeline: what happened (above) and deadlines (below)" });
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await scroller.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Moving to Berlin: the zone is picked by name, and the case's times follow it at once.
  const caseUrl = page.url();
  const firstEvent = page.getByRole("region", { name: "Timeline" }).locator("time").first();
  const at = new Date((await firstEvent.getAttribute("datetime"))!);
  const wallIn = (timeZone: string) =>
    new Intl.DateTimeFormat("en", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  await expect(firstEvent).toContainText(wallIn("Asia/Shanghai"));
  await page.goto("/settings/reminders");
  const zone = page.getByLabel("Time zone");
  await expect(zone.locator("option:checked")).toHaveText("China Standard Time (Asia/Shanghai, GMT+08:00)");
  await zone.selectOption("Europe/Berlin");
  await expect(zone.locator("option:checked")).toHaveText(
    /^Central European (Standard )?Time \(Europe\/Berlin, GMT\+0[12]:00\)$/,
  );
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. Your reminders follow the new settings.");
  await page.goto(caseUrl);
  await expect(firstEvent).toContainText(wallIn("Europe/Berlin"));
});

test("two tabs edit the facts: the second gets the conflict naming what changed", async ({ page, context }) => {
  await signInAs(page, "tabs");
  await openCaseThroughWizard(page, {
    kind: "诈骗",
    platform: "微信支付",
    details: async (p) => p.getByLabel("什么时候发现被骗？").fill(beijingWall(1).wall),
    payments: [{ at: beijingWall(2).wall, amount: "500" }],
  });
  const second = await context.newPage();
  await second.goto(page.url());

  await page.getByText("修改案件信息").click();
  await page.getByLabel("标题").fill("第一个标签页改的标题");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("第一个标签页改的标题");

  await second.getByText("修改案件信息").click();
  await second.getByLabel("备注（可选）").fill("第二个标签页的备注");
  await second.getByRole("button", { name: "保存修改" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "案件已在别处被修改（标题）" })).toBeVisible();
  await second.reload();
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("第一个标签页改的标题");
});
