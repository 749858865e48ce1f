/**
 * Case bundle memory bench (`npm run bench:bundle`, also run by `npm run bench`; Vitest runs it
 * for its ESM loader, see vitest.bench.config.mts — it is not part of `npm test`).
 * Builds a 500 MiB case (20 evidence files of 25 MiB, the per-case cap) on an
 * embedded database and the local blob store in a temp DATA_DIR, then exports it and
 * reads the whole zip through a hashing sink, sampling RSS every 20 ms. Prints the peak
 * against the RSS just before the export (the baseline) and against the case size
 * (what a buffering export would have to hold at least).
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { performance } from "node:perf_hooks";
import { expect, test } from "vitest";

const MB = 1024 * 1024;

test("a 500 MiB case exports in constant memory", async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-bench-bundle-"));
  process.env.DATA_DIR = dataDir;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-that-is-long-enough-for-the-env-check";
  delete process.env.S3_BUCKET;

  const { startTestDatabase } = await import("@/tests/setup/database");
  const database = await startTestDatabase();
  process.env.DATABASE_URL = database.url;
  const { disconnectDb } = await import("@/lib/db");
  const { exportCaseBundle } = await import("@/lib/export");

  const rss = () => process.memoryUsage().rss;

  try {
    const {
      seedBigCase,
      BIG_CASE_FILES: FILES,
      BIG_CASE_FILE_BYTES: FILE_BYTES,
    } = await import("./lib/bench-big-case.mjs");
    const { userId, caseId } = await seedBigCase();

    (globalThis as { gc?: () => void }).gc?.();
    const baseline = rss();
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, rss())), 20);
    const started = performance.now();
    const zip = await exportCaseBundle({ ownerId: userId, caseId, locale: "zh-CN", now: new Date() });
    let received = 0;
    const digest = createHash("sha256");
    await pipeline(
      zip.stream,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          received += chunk.length;
          digest.update(chunk);
          peak = Math.max(peak, rss());
          done();
        },
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);

    const caseBytes = FILES * FILE_BYTES;
    const fmt = (n: number) => (n / MB).toFixed(1);
    console.log(
      `case bundle: ${FILES} files × ${FILE_BYTES / MB} MiB = ${fmt(caseBytes)} MiB of evidence, local store`,
    );
    console.log(
      `  zip ${fmt(received)} MiB in ${seconds.toFixed(2)} s (${fmt(received / seconds)} MiB/s); ` +
        `Content-Length ${zip.size} ${zip.size === received ? "= bytes sent" : `≠ bytes sent ${received}`}`,
    );
    console.log(
      `  RSS baseline before export ${fmt(baseline)} MiB, peak during export ${fmt(peak)} MiB ` +
        `(+${fmt(peak - baseline)} MiB); a buffering export would add ≥ ${fmt(caseBytes)} MiB ` +
        `→ peak growth is ${(((peak - baseline) / caseBytes) * 100).toFixed(1)} % of the case size`,
    );
    // The one pass/fail fact: the announced length is the length sent. Memory is printed, not judged.
    expect(received).toBe(zip.size);
  } finally {
    await disconnectDb();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
