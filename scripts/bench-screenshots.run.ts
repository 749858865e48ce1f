/**
 * Screenshot-reading bench for issue 26 (`npm run bench:screenshots`, also run by `npm run bench`).
 * One process plays the web server: the corpus is read through readPaymentScreenshot (the OCR in
 * its child process, ADR 0035), then 10 screenshots are read at once while a client loops on a
 * trivial route in this process, the "never stall" method of bench-stall.run.ts. Prints accuracy,
 * the model's load time, p50 and max per screenshot with the model warm, the OCR process's peak
 * RSS and this process's RSS. Informational: only the accuracy is also a test (tests/system/screenshot-corpus.test.ts).
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { expect, test } from "vitest";

const MB = 1024 * 1024;
test("reading payment screenshots", async () => {
  const { readPaymentScreenshot } = await import("@/lib/screenshots");
  const { ocrRunner } = await import("@/lib/screenshots/ocr-runner");
  const { CORPUS_DIR, emptyScore, loadCorpus, score } = await import("@/lib/screenshots/corpus");
  const corpus = await loadCorpus();
  const images = await Promise.all(
    corpus.map(async (entry) => ({ entry, bytes: new Uint8Array(await readFile(path.join(CORPUS_DIR, entry.file))) })),
  );
  const percentile = (values: number[], p: number) =>
    [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;

  // Cold start: the first read loads the model.
  const runner = ocrRunner();
  runner.stop();
  const coldStart = performance.now();
  await readPaymentScreenshot(images[0]!.bytes);
  const coldMs = performance.now() - coldStart;

  const total = emptyScore();
  const warm: number[] = [];
  for (const { entry, bytes } of images) {
    const t = performance.now();
    const result = await readPaymentScreenshot(bytes);
    warm.push(performance.now() - t);
    score(total, entry, result);
  }

  const server = createServer((_req, res) => res.end("ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const trivialUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  /** The trivial route's latencies while `op` runs (one client looping on it). */
  async function trivialWhile(op: () => Promise<unknown>): Promise<number[]> {
    const times: number[] = [];
    let running = true;
    const client = (async () => {
      while (running) {
        const t = performance.now();
        await (await fetch(trivialUrl)).text();
        times.push(performance.now() - t);
      }
    })();
    await op();
    running = false;
    await client;
    return times;
  }
  // The same route with no OCR running: what this (shared) machine's noise alone gives.
  const baseline = await trivialWhile(() => new Promise((resolve) => setTimeout(resolve, 10_000)));
  const ten = images.filter(({ entry }) => !entry.refuse).slice(0, 10);
  const t0 = performance.now();
  const times = await trivialWhile(() => Promise.all(ten.map(({ bytes }) => readPaymentScreenshot(bytes))));
  const tenMs = performance.now() - t0;
  server.close();
  runner.stop();

  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    [
      "screenshots (issue 26):",
      `  accuracy: ${total.right}/${total.fields} fields (${((100 * total.right) / total.fields).toFixed(1)} %, target ≥ 95 %), ` +
        `${total.refused}/${total.negatives} negatives refused`,
      ...total.misses.map((miss) => `    miss: ${miss}`),
      `  model load: ${fmt(runner.stats.loadMs ?? NaN)} (first screenshot cold: ${fmt(coldMs)})`,
      `  per screenshot, warm: p50 ${fmt(percentile(warm, 50))}, max ${fmt(Math.max(...warm))} over ${warm.length} (target p50 < 1.5 s)`,
      `  OCR process peak RSS: ${((runner.stats.maxRssKb ?? NaN) / 1024).toFixed(0)} MB (target < 1.1 GB); ` +
        `web server RSS: ${(process.memoryUsage().rss / MB).toFixed(0)} MB`,
      `  10 screenshots at once: ${fmt(tenMs)}; trivial route p99 ${percentile(times, 99).toFixed(0)} ms, ` +
        `max ${Math.max(...times).toFixed(0)} ms over ${times.length} requests (target < 200 ms); ` +
        `with no OCR running: p99 ${percentile(baseline, 99).toFixed(0)} ms, max ${Math.max(...baseline).toFixed(0)} ms`,
      `  machine load average: ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")}`,
    ].join("\n"),
  );
  expect(total.fields).toBeGreaterThan(0);
});
