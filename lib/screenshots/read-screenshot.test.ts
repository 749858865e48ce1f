import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CORPUS_DIR, emptyScore, loadCorpus, score } from "./corpus";
import { readPaymentScreenshot } from "./index";
import { ocrRunner } from "./ocr-runner";

// The real model in its real child process over the committed corpus (issue 26): at least 95 %
// of the payment fields right and every page that is not a payment refused. About 2 s an image
// on a loaded 2-core machine; the corpus is kept small for that.

afterAll(() => ocrRunner().stop());

describe("readPaymentScreenshot", () => {
  it("reads the corpus: ≥ 95 % of fields right, every negative refused", async () => {
    const total = emptyScore();
    for (const entry of await loadCorpus()) {
      const bytes = new Uint8Array(await readFile(path.join(CORPUS_DIR, entry.file)));
      score(total, entry, await readPaymentScreenshot(bytes));
    }
    expect(total.negatives).toBeGreaterThanOrEqual(4);
    expect(total.fields).toBeGreaterThanOrEqual(80);
    expect({ refused: total.refused, misses: total.misses.filter((m) => m.includes("not refused")) }).toEqual({
      refused: total.negatives,
      misses: [],
    });
    expect(total.right / total.fields, total.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  }, 300_000);

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
