// Renders the screenshot-reading test corpus (issue 26, ADR 0035): payment-detail pages shaped
// like WeChat's, Alipay's and two banks', light and dark, at phone sizes, through Chromium, then
// cropped, rescaled and saved as JPEG quality 60, the way a screenshot is passed around; and
// pages that are not payments. Every name, company and number is invented (a seeded generator).
// The JPEGs and their truth (expected.json) are committed, so `npm test` needs no browser:
//   node scripts/screenshots/make-corpus.mjs      (needs /usr/bin/chromium or Playwright's own)
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright";
import sharp from "sharp";
import { templates, negatives } from "./templates.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const out = path.join(root, "lib", "screenshots", "__fixtures__", "corpus");

/** Phone viewports (CSS px) and their device pixel ratios. */
const PHONES = [
  { width: 360, height: 780, dpr: 3 },
  { width: 390, height: 844, dpr: 3 },
  { width: 412, height: 915, dpr: 2.625 },
  { width: 375, height: 812, dpr: 2 },
];

/** A small seeded generator: the corpus is the same on every run. */
/** @param {number} seed */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * @param {import("playwright").Browser} browser @param {string} html
 * @param {{ width: number; height: number; dpr: number }} phone @param {() => number} rand @param {string} file
 */
async function shoot(browser, html, phone, rand, file) {
  const page = await browser.newPage({
    viewport: { width: phone.width, height: phone.height },
    deviceScaleFactor: phone.dpr,
  });
  await page.setContent(html, { waitUntil: "load" });
  const png = await page.screenshot({ type: "png" });
  await page.close();
  const image = sharp(png);
  const { width = 0, height = 0 } = await image.metadata();
  // Cropped: the status bar or a little of the top, and some of the bottom, as people do.
  const top = Math.round(rand() * 40 * phone.dpr);
  const bottom = Math.round(rand() * 120 * phone.dpr);
  // Rescaled: chat apps and forwards shrink screenshots; between 45 % and 80 % of the original.
  const scale = 0.45 + rand() * 0.35;
  const jpeg = await sharp(png)
    .extract({ left: 0, top, width, height: height - top - bottom })
    .resize({ width: Math.round(width * scale) })
    .jpeg({ quality: 60 })
    .toBuffer();
  await writeFile(path.join(out, file), jpeg);
  return jpeg.byteLength;
}

async function main() {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  const truth = [];
  let bytes = 0;
  let n = 0;
  try {
    for (const template of templates) {
      for (const theme of ["light", "dark"]) {
        const rand = random(1000 + n);
        const phone = /** @type {(typeof PHONES)[number]} */ (PHONES[n % PHONES.length]);
        const { html, expect } = template.render({ theme, rand });
        const file = `${template.name}-${theme}.jpg`;
        bytes += await shoot(browser, html, phone, rand, file);
        truth.push({ file, expect });
        n++;
      }
    }
    for (const negative of negatives) {
      const rand = random(5000 + n);
      const phone = /** @type {(typeof PHONES)[number]} */ (PHONES[n % PHONES.length]);
      const file = `not-${negative.name}.jpg`;
      bytes += await shoot(browser, negative.render({ theme: negative.theme ?? "light", rand }), phone, rand, file);
      truth.push({ file, refuse: true });
      n++;
    }
  } finally {
    await browser.close();
  }
  await writeFile(path.join(out, "expected.json"), `${JSON.stringify(truth, null, 2)}\n`);
  console.log(`${truth.length} images, ${Math.round(bytes / 1024)} KiB in ${path.relative(root, out)}`);
}

await main();
