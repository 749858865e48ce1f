// @ts-check
// The OCR process (ADR 0035): loads PaddleOCR PP-OCRv4 once (@gutenye/ocr-node on
// onnxruntime-node, models inside the npm package) and reads one image per message from its
// parent, lib/screenshots/ocr-runner.ts. It is a child process, not a pool thread, so the ~0.3 GB
// model and the ~1 GB it needs while it works never count in the web server's memory, and a crash
// or a kill on timeout takes nothing else with it. Plain JavaScript, so it runs under `node`
// without a build step on Node 20 and 24.
import os from "node:os";
import Ocr from "@gutenye/ocr-node";
import sharp from "sharp";

/**
 * Detection runs at the image's own size (rounded to 32 px): a 1080-px-wide phone screenshot
 * took ~3× as long as the same page at 540 px and read no better (the text on payment pages is
 * large). Very long screenshots are scaled to fit the height too.
 */
const MAX_WIDTH = 540;
const MAX_HEIGHT = 2400;
const MAX_INPUT_PIXELS = 40_000_000;

// One core stays with the web server: the bench's trivial route must not wait behind us.
const threads = Math.max(1, os.availableParallelism() - 1);
const started = performance.now();
const ocr = await Ocr.create({ onnxOptions: { intraOpNumThreads: threads, interOpNumThreads: 1 } });
const loadMs = performance.now() - started;

/** @param {unknown} message */
function send(message) {
  process.send?.(message);
}

/** @param {Uint8Array} bytes */
async function prepare(bytes) {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    const { width = 0, height = 0 } = await image.metadata();
    if (!width || !height) return null;
    return await image
      .resize({ width: MAX_WIDTH, height: MAX_HEIGHT, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .png({ compressionLevel: 0 })
      .toBuffer();
  } catch {
    return null;
  }
}

process.on(
  "message",
  /** @param {{ id: number; bytes: Uint8Array }} job */
  async (job) => {
    const began = performance.now();
    try {
      const prepared = await prepare(job.bytes);
      if (!prepared) {
        send({ id: job.id, error: "unreadable" });
        return;
      }
      const found = await ocr.detect(prepared);
      const lines = found.map((/** @type {{ text: string; mean: number }} */ line) => ({
        text: line.text,
        confidence: line.mean,
      }));
      send({ id: job.id, lines, ms: performance.now() - began, maxRssKb: process.resourceUsage().maxRSS });
    } catch (error) {
      send({ id: job.id, error: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  },
);

// The parent going away (a crash, a kill -9) must not leave a model in memory.
process.on("disconnect", () => process.exit(0));
send({ ready: true, loadMs, maxRssKb: process.resourceUsage().maxRSS });
