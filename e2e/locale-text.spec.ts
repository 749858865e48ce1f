import { readFileSync } from "node:fs";
import path from "node:path";
import { type Page, expect, test } from "@playwright/test";
import { asciiPunctuationNextToCjk, notEnglish } from "../lib/i18n/fullwidth.mjs";
import { beijingWall, openCaseThroughWizard } from "./case-helpers";
import { signInAs } from "./helpers";

// What a reader sees, page by page, in each language: English pages hold no Chinese and no
// full-width or CJK punctuation; Chinese pages no ASCII , : ; ? ! ( ) beside a Chinese
// character. The only exceptions are named here: what the user typed or uploaded, and the
// language switcher, which names each language in that language.

const EVIDENCE_NAME = "转账截图.png"; // the user's own file name: shown as given in either language
const COUNTERPARTY = "李雷(网店)"; // typed with ASCII brackets: the user's words, as typed, in both languages

/** The visible text of the page, every <details> opened, the switcher and the user's own data left out. */
async function visibleText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true;
    const switcher = document.querySelector<HTMLElement>("header select");
    if (switcher) switcher.style.display = "none";
    const out = `${document.title}\n${document.body.innerText}`;
    if (switcher) switcher.style.display = "";
    return out;
  });
  return text.replaceAll(EVIDENCE_NAME, "").replaceAll(COUNTERPARTY, "");
}

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  for (const [device, width] of [
    ["desktop", 1280],
    ["phone", 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(dir, `${name}-${device}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("every page reads in one language: English with ASCII punctuation, zh-CN with full-width", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await signInAs(page, "locale-text");
  // Opened in Chinese, no title typed: the generated title must follow the reader's language.
  await openCaseThroughWizard(page, {
    kind: "诈骗",
    platform: "支付宝",
    details: async (p) => p.getByLabel("什么时候发现被骗？").fill(beijingWall(20).wall),
    payments: [{ at: beijingWall(30).wall, amount: "800" }],
  });
  const caseUrl = new URL(page.url()).pathname;
  const caseId = caseUrl.split("/").at(-1)!;
  const png = readFileSync(path.join(process.cwd(), "lib/evidence/__fixtures__/transfer.png"));
  const upload = await page.request.post(`/api/cases/${caseId}/evidence`, {
    multipart: { file: { name: EVIDENCE_NAME, mimeType: "image/png", buffer: png } },
  });
  expect(upload.status()).toBe(201);
  await page.getByText("修改案件信息").click();
  await page.locator("#payments-0-counterpartyName").fill(COUNTERPARTY);
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText(COUNTERPARTY).first()).toBeVisible();

  const pages = [
    "/",
    "/dashboard",
    "/cases",
    caseUrl,
    `${caseUrl}/letters/police`,
    "/calculator?mode=kind&kind=FRAUD&at=2025-09-30T18%3A00",
    "/calculator?mode=kind&kind=ACCOUNT_RESTRICTED&at=2025-09-30T18%3A00",
    "/calculator?mode=count&at=2027-03-01T09%3A00&clock=WORKING_DAYS&n=10",
    "/settings/reminders",
    "/settings/security",
    "/calendar-feed",
    "/cases/new",
  ];
  const problems: string[] = [];
  for (const locale of ["en", "zh-CN"] as const) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    for (const url of pages) {
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const text = await visibleText(page);
      // Line by line: a line is one element's text, so punctuation is judged beside its own words.
      const wrong = locale === "en" ? notEnglish : asciiPunctuationNextToCjk;
      const bad = new Set(text.split("\n").filter((line) => wrong(line).length > 0));
      problems.push(...[...bad].map((line) => `${locale} ${url}: ${line}`));
    }
    await page.goto(caseUrl);
    await expect
      .soft(page.getByRole("heading", { level: 1 }))
      .toHaveText(locale === "en" ? "Alipay Fraud" : "支付宝 诈骗");
    await shoot(page, `case-${locale}`);
    await page.goto(pages[5]!);
    await shoot(page, `calculator-${locale}`);
  }
  expect(problems).toEqual([]);
});
