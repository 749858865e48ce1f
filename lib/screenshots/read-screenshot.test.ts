import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CORPUS_DIR } from "./corpus";
import { readPaymentScreenshot } from "./index";
import { ocrRunner } from "./ocr-runner";

// What is refused before the model runs. The corpus accuracy test, which runs the model on every
// image (seconds each), is a system test: tests/system/screenshot-corpus.test.ts.

afterAll(() => ocrRunner().stop());

describe("readPaymentScreenshot", () => {
  it("calls a file that is not an image, or a broken one, unreadable", async () => {
    expect(await readPaymentScreenshot(new TextEncoder().encode("%PDF-1.7 not a screenshot"))).toMatchObject({
      ok: false,
      code: "unreadable",
    });
    const jpeg = await readFile(path.join(CORPUS_DIR, "not-blank.jpg"));
    const truncated = new Uint8Array(jpeg.subarray(0, 200));
    expect(await readPaymentScreenshot(truncated)).toMatchObject({ ok: false, code: "unreadable" });
  }, 120_000);
});
