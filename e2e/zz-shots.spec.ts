import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { beijingWall, openCaseThroughWizard } from "./case-helpers";
import { signInAs } from "./helpers";

const fixture = (name: string) => readFileSync(path.join(process.cwd(), "lib/evidence/__fixtures__", name));
test("shots", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "shots");
  await openCaseThroughWizard(page, {
    kind: "诈骗",
    platform: "支付宝",
    details: async (p) => p.getByLabel("什么时候发现被骗？").fill(beijingWall(20).wall),
    payments: [
      { at: beijingWall(30).wall, amount: "20000", transactionId: "4200001234202611290001" },
      { at: beijingWall(26).wall, amount: "8000", transactionId: "2026112922001400001" },
    ],
  });
  const caseId = new URL(page.url()).pathname.split("/").at(-1)!;
  await page.request.post(`/api/cases/${caseId}/evidence`, {
    multipart: { file: { name: "转账截图.png", mimeType: "image/png", buffer: fixture("transfer.png") } },
  });
  for (const [w, h, tag] of [[390, 844, "phone"], [1280, 900, "desktop"]] as const) {
    await page.setViewportSize({ width: w, height: h });
    for (const lang of ["zh-CN", "en"]) {
      await page.context().addCookies([{ name: "NEXT_LOCALE", value: lang, domain: "localhost", path: "/" }]);
      await page.goto(`/cases/${caseId}`);
      await page.locator("#handover").scrollIntoViewIfNeeded();
      await page.locator('section[aria-labelledby="handover"]').screenshot({ path: `/work/wt/shots/bundle/handover-${tag}-${lang}.png` });
      await page.goto(`/cases/${caseId}/letters/police?lang=${lang}`);
      await expect(page.locator("#letter-body")).toBeVisible();
      await page.screenshot({ path: `/work/wt/shots/bundle/letter-${tag}-${lang}.png`, fullPage: false });
      await page.goto(`/settings/security`);
      await page.locator("#my-data-title").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/work/wt/shots/bundle/mydata-${tag}-${lang}.png` });
    }
  }
});
