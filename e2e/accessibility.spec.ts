import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";
import { beijingWall, openCaseThroughWizard } from "./case-helpers";
import { signInAs } from "./helpers";

// axe on the pages a person meets first, in both languages: no serious or critical issue.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function seriousIssues(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

// One user for both languages: every sign-up in a run counts against the per-IP limit.
test("no serious or critical axe issue on the public and signed-in pages, in Chinese and English", async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const origin = test.info().project.use.baseURL!;
  const speak = (value: string) => context.addCookies([{ name: "NEXT_LOCALE", value, url: origin }]);
  const check = async (path: string, locale: string) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    expect(await seriousIssues(page), `${path} in ${locale}`).toEqual([]);
  };
  for (const locale of ["zh-CN", "en"]) {
    await speak(locale);
    await check("/calculator", locale);
    await check("/sign-in", locale);
  }

  // Sign-up and the wizard are driven with their Chinese labels; the checks run in each language.
  await speak("zh-CN");
  await signInAs(page, "axe");
  await check("/dashboard", "zh-CN"); // a new user's welcome
  await speak("en");
  await check("/dashboard", "en");
  await speak("zh-CN");
  await openCaseThroughWizard(page, {
    kind: "诈骗",
    platform: "支付宝",
    details: async (p) => p.getByLabel("什么时候发现被骗？").fill(beijingWall(3).wall),
    payments: [{ at: beijingWall(4).wall, amount: "800" }],
  });
  const casePath = new URL(page.url()).pathname;
  for (const locale of ["zh-CN", "en"]) {
    await speak(locale);
    await check(casePath, locale);
    await check("/dashboard", locale);
    if (process.env.SHOTS_DIR) {
      await page.screenshot({ path: `${process.env.SHOTS_DIR}/dashboard-${locale}.png`, fullPage: true });
      await page.goto(casePath);
      await page.screenshot({ path: `${process.env.SHOTS_DIR}/case-${locale}.png`, fullPage: true });
    }
    await check("/cases/new", locale);
  }
});
