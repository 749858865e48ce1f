import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

const fixtures = path.join(process.cwd(), "lib/evidence/__fixtures__");
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A real PNG of noise (incompressible, so the upload takes long enough to show progress). */
function noisePng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let x = 2463534242;
  for (let i = 0; i < raw.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    raw[i] = i % (width * 3 + 1) === 0 ? 0 : x & 0xff;
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 1 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Through the intake wizard: a misdirected WeChat transfer of ¥500 yesterday (with its 交易单号 if given). */
async function openMisdirectedTransfer(page: Page, transactionId?: string): Promise<string> {
  await page.goto("/cases/new");
  await page.getByLabel("转账错误").check();
  await page.locator("#platform").selectOption({ label: "微信支付" });
  await page.getByRole("button", { name: "下一步" }).click();
  await page.getByRole("button", { name: "下一步" }).click();
  const yesterday = new Date(Date.now() - 24 * 3600_000 + 8 * 3600_000).toISOString().slice(0, 16); // Beijing wall time
  await page.locator("#payments-0-occurredAt").fill(yesterday);
  await page.locator("#payments-0-amount").fill("500");
  if (transactionId) await page.locator("#payments-0-transactionId").fill(transactionId);
  await page.getByRole("button", { name: "建立案件" }).click();
  // Not /cases/new itself: read the id only once the wizard has moved to the case.
  await expect(page).toHaveURL(/\/cases\/(?!new$)[a-z0-9]+$/);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

test("evidence: PNG and PDF uploaded with progress and hashes; ELF, SVG and 30 MB refused in Chinese; download hash checked", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "evidence");
  const caseId = await openMisdirectedTransfer(page);
  const panel = page.getByTestId("evidence-panel");
  const meter = panel.getByRole("meter");
  await expect(meter).toHaveAttribute("aria-valuenow", "0");
  const total = Number(await meter.getAttribute("aria-valuemax"));
  expect(total).toBeGreaterThanOrEqual(3);
  await expect(panel.getByTestId("checklist-transfer-screenshot")).toHaveAttribute("data-present", "false");
  await expect(page.locator('[data-evidence-item="transfer-screenshot"]').first()).toHaveAttribute(
    "data-present",
    "false",
  );

  // From the checklist item, a 3 MB real PNG over a throttled link: the progress bar is seen moving.
  const png = noisePng(1000, 1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 1024 * 1024,
  });
  const chooser = page.waitForEvent("filechooser");
  await panel.getByRole("button", { name: "为「转账截图」上传" }).click();
  await (await chooser).setFiles({ name: "转账截图.png", mimeType: "image/png", buffer: png });
  const uploads = panel.getByTestId("upload-list");
  await expect(uploads.getByRole("progressbar")).toBeVisible();
  await expect(uploads.getByText(/上传中 \d+%/)).toBeVisible();
  await expect(uploads.getByTestId("upload-sha256")).toHaveText(sha256(png), { timeout: 30_000 });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await expect(panel.getByTestId("checklist-transfer-screenshot")).toHaveAttribute("data-present", "true");
  await expect(meter).toHaveAttribute("aria-valuenow", "1");
  await expect(page.locator('[data-evidence-item="transfer-screenshot"]').first()).toHaveAttribute(
    "data-present",
    "true",
  );

  // Several at once from the main button: a real PDF passes; a renamed ELF, an SVG and 30 MB are refused.
  const pdf = await readFile(path.join(fixtures, "receipt.pdf"));
  const elf = await readFile("/bin/true");
  const svg = await readFile(path.join(fixtures, "image-bare.svg"));
  const huge = Buffer.alloc(30 * 1024 * 1024, 0x41);
  const many = page.waitForEvent("filechooser");
  await panel.getByRole("button", { name: "选择文件", exact: true }).click();
  await (
    await many
  ).setFiles([
    { name: "报警回执.pdf", mimeType: "application/pdf", buffer: pdf },
    { name: "聊天截图.png", mimeType: "image/png", buffer: elf },
    { name: "logo.svg", mimeType: "image/svg+xml", buffer: svg },
    { name: "录屏.mp4", mimeType: "video/mp4", buffer: huge },
  ]);
  const row = (name: string) => uploads.getByRole("listitem").filter({ hasText: name });
  await expect(row("报警回执.pdf").getByTestId("upload-sha256")).toHaveText(sha256(pdf));
  await expect(row("聊天截图.png").getByRole("alert")).toHaveText(
    "未上传：「聊天截图.png」是可执行程序，不能作为证据上传。",
  );
  await expect(row("logo.svg").getByRole("alert")).toHaveText(
    "未上传：「logo.svg」是网页或 SVG 之类的标记文件，出于安全考虑不能上传；请截图或导出为 PDF。",
  );
  await expect(row("录屏.mp4").getByRole("alert")).toHaveText("未上传：文件超过了每个文件 25 MB 的上限。");

  // The files list: two files with their hashes; nothing of the refused ones.
  const files = panel.getByTestId("evidence-files");
  await expect(files.getByRole("listitem")).toHaveCount(2);
  await expect(files.getByTestId("evidence-sha256")).toHaveText([sha256(pdf), sha256(png)]);

  // Tag the PDF to another item: the meter moves again.
  const pdfRow = files.getByRole("listitem").filter({ hasText: "报警回执.pdf" });
  await pdfRow.getByLabel("清单项").selectOption({ label: "对方实名信息" });
  await expect(meter).toHaveAttribute("aria-valuenow", "2");
  await expect(panel.getByTestId("checklist-recipient-real-name")).toHaveAttribute("data-present", "true");

  // Download returns the same bytes.
  const pngRow = files.getByRole("listitem").filter({ hasText: "转账截图.png" });
  const download = page.waitForEvent("download");
  await pngRow.getByRole("link", { name: "下载" }).click();
  const saved = await (await download).path();
  expect(sha256(await readFile(saved))).toBe(sha256(png));

  // The server refuses the 30 MB file on its own too (the browser check is only a courtesy).
  const direct = await page.request.post(`/api/cases/${caseId}/evidence`, {
    multipart: { file: { name: "big.png", mimeType: "image/png", buffer: huge } },
  });
  expect(direct.status()).toBe(413);
  expect(await direct.json()).toEqual({
    error: { code: "file_too_large", message: "文件超过了每个文件 25 MB 的上限。" },
  });

  // My cases shows the completeness too.
  await page.goto("/cases");
  await expect(page.getByTestId("evidence-completeness").first()).toContainText(`证据 2/${total}`);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("uploads from the main button are filed where they belong, one tap moves one; 交易单号 is met by the payment", async ({
    page,
  }, testInfo) => {
    await signInAs(page, "evidence-slots");
    await openMisdirectedTransfer(page, "4200001234202612060001");
    const panel = page.getByTestId("evidence-panel");
    const meter = panel.getByRole("meter");
    // The number typed in the payment form meets 交易单号: no file asked for, no upload button for it.
    await expect(panel.getByTestId("checklist-transaction-number")).toHaveAttribute("data-present", "true");
    await expect(panel.getByTestId("checklist-transaction-number")).toContainText("已在付款记录中填写");
    await expect(panel.getByRole("button", { name: "为「交易单号」上传" })).toHaveCount(0);
    await expect(meter).toHaveAttribute("aria-valuenow", "1");

    const jpg = await readFile(path.join(fixtures, "photo.jpg"));
    const png = await readFile(path.join(fixtures, "transfer.png"));
    const chooser = page.waitForEvent("filechooser");
    await panel.getByRole("button", { name: "选择文件", exact: true }).click();
    await (
      await chooser
    ).setFiles([
      { name: "微信转账截图.jpg", mimeType: "image/jpeg", buffer: jpg },
      { name: "IMG_2031.PNG", mimeType: "image/png", buffer: png },
    ]);
    const uploads = panel.getByTestId("upload-list");
    const row = (name: string) => uploads.getByRole("listitem").filter({ hasText: name });
    await expect(row("微信转账截图.jpg").getByTestId("slot-choice")).toContainText("按文件名归入「转账截图」。");
    // The screenshot slot is taken by then: a nameless screenshot goes to the next empty one.
    await expect(row("IMG_2031.PNG").getByTestId("slot-choice")).toContainText(
      "按文件类型和还缺的清单项，归入「聊天记录截图」。",
    );
    await expect(meter).toHaveAttribute("aria-valuenow", "3");
    await expect(panel.getByTestId("checklist-chat-records")).toHaveAttribute("data-present", "true");

    // One tap, from the keyboard: the PNG was the payment voucher.
    const moveTo = row("IMG_2031.PNG").getByRole("group", { name: "改为" });
    await expect(moveTo.getByRole("button")).toHaveText(["转账截图", "对方实名信息", "支付凭证", "不归类"]);
    await moveTo.getByRole("button", { name: "支付凭证" }).focus();
    await page.keyboard.press("Enter");
    await expect(row("IMG_2031.PNG").getByTestId("slot-choice")).toContainText("已归入「支付凭证」。");
    await expect(panel.getByTestId("checklist-payment-voucher")).toHaveAttribute("data-present", "true");
    await expect(panel.getByTestId("checklist-chat-records")).toHaveAttribute("data-present", "false");
    await expect(meter).toHaveAttribute("aria-valuenow", "3");
    await expect(panel.getByTestId("evidence-missing")).toHaveText("还缺：对方实名信息、聊天记录截图");

    // Nothing unfiled in the files list either: each file's tag is the slot it went to.
    const files = panel.getByTestId("evidence-files");
    await expect(files.getByRole("listitem").filter({ hasText: "IMG_2031.PNG" }).getByLabel("清单项")).toHaveValue(
      "payment-voucher",
    );

    await uploads.scrollIntoViewIfNeeded();
    const shot = await page.screenshot({ fullPage: false });
    await testInfo.attach("evidence-slots-390x844", { body: shot, contentType: "image/png" });
    if (process.env.SHOTS_DIR) await writeFile(path.join(process.env.SHOTS_DIR, "evidence-slots-390x844.png"), shot);
  });
});
