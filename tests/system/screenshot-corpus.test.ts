import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CORPUS_DIR, emptyScore, loadCorpus, score } from "@/lib/screenshots/corpus";
import { readPaymentScreenshot } from "@/lib/screenshots";
import { ocrRunner } from "@/lib/screenshots/ocr-runner";

// The real model in its real child process over the committed corpus (issue 26): at least 95 %
// of the payment fields right and every page that is not a payment refused. About 1–2 s an
// image on a 2-core machine, so it runs with the system tests (`npm run test:system`, CI), not
// in `npm test` (ADR 0035).

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
});
