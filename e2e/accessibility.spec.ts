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

for (const locale of ["zh-CN", "en"] as const) {
  test(`no serious or critical axe issue on the public and signed-in pages (${locale})`, async ({ page, context }) => {
    test.setTimeout(120_000);
    const origin = test.info().project.use.baseURL!;
    const speak = (value: string) => context.addCookies([{ name: "NEXT_LOCALE", value, url: origin }]);
    const check = async (path: string) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      expect(await seriousIssues(page), `${path} in ${locale}`).toEqual([]);
    };
    await speak(locale);
    await check("/calculator");
    await check("/sign-in");

    // Sign-up and the wizard are driven with their Chinese labels; the checks run in `locale`.
    await speak("zh-CN");
    await signInAs(page, `axe-${locale}`);
    await speak(locale);
    await check("/dashboard"); // a new user's welcome
    await speak("zh-CN");
    await openCaseThroughWizard(page, {
      kind: "诈骗",
      platform: "支付宝",
      details: async (p) => p.getByLabel("什么时候发现被骗？").fill(beijingWall(3).wall),
      payments: [{ at: beijingWall(4).wall, amount: "800" }],
    });
    const casePath = new URL(page.url()).pathname;
    await speak(locale);
    await check(casePath);
    await check("/dashboard");
    if (process.env.SHOTS_DIR) {
      await page.screenshot({ path: `${process.env.SHOTS_DIR}/dashboard-${locale}.png`, fullPage: true });
      await page.goto(casePath);
      await page.screenshot({ path: `${process.env.SHOTS_DIR}/case-${locale}.png`, fullPage: true });
    }
    await check("/cases/new");
  });
}
