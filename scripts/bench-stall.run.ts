/**
 * Event-loop bench for issue 23 (`npm run bench:stall`, also run by `npm run bench`; Vitest runs it
 * for its ESM loader, see vitest.bench.config.mts — it is not part of `npm test`). One process plays the web server: a
 * trivial route (node:http, answers "ok") shares the event loop with each heavy operation, run
 * through the app's own entry points (the feed and bill-preview responses, a letter PDF at the
 * letter's length cap, a 500 MiB case bundle read to its end).
 * A client loop hits the trivial route while the operation runs and the trivial route's p99 and
 * max are printed next to the target (< 200 ms), with the feed's cold build and warm 304, and
 * this process's RSS. Uses TEST_DATABASE_URL's PostgreSQL when set (the database then runs
 * outside this process, as in production), else an in-memory PGlite served from this process
 * (its queries then count against the loop). Informational: timings never decide pass/fail.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { expect, test } from "vitest";

const MB = 1024 * 1024;
test("the event loop under heavy operations", async () => {
  // The 500 MiB case's evidence goes to a scratch local blob store.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-bench-stall-"));
  process.env.DATA_DIR = dataDir;
  delete process.env.S3_BUCKET;
  const { startTestDatabase } = await import("@/tests/setup/database");
  const database = await startTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-that-is-long-enough-for-the-env-check";
  const { buildWorker } = await import("./lib/build-worker.mjs");
  await buildWorker();

  const { calendarFeedResponse, issueCalendarFeed } = await import("@/lib/calendar-feed");
  const { previewBillResponse } = await import("@/lib/bills/server");
  const { bigWechatCsv, oneLineCsv } = await import("@/lib/bills/testing/big-bills");
  const { letterPdf } = await import("@/lib/letters/letter-files");
  const { LETTER_MAX_CHARS } = await import("@/lib/letters/schema");
  const { exportCaseBundle } = await import("@/lib/export");
  const { seedBigCase } = await import("./lib/bench-big-case.mjs");
  const { seedOneUser } = await import("./lib/bench-seed.mjs");
  const { stopHeavyPool } = await import("@/lib/pool");
  const { disconnectDb } = await import("@/lib/db");

  const server = createServer((_req, res) => res.end("ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const trivialUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const percentile = (values: number[], p: number) =>
    [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;
  const rss = () => `${(process.memoryUsage().rss / MB).toFixed(0)} MB`;

  /** Runs `op` while one client loops on the trivial route; the trivial route's p99 and max. */
  async function underLoad(name: string, op: () => Promise<unknown>) {
    const times: number[] = [];
    let running = true;
    const client = (async () => {
      while (running) {
        const t = performance.now();
        await (await fetch(trivialUrl)).text();
        times.push(performance.now() - t);
      }
    })();
    const t0 = performance.now();
    await op();
    const opMs = performance.now() - t0;
    running = false;
    await client;
    const max = Math.max(...times);
    console.log(
      `  ${name}: took ${opMs.toFixed(0)} ms; trivial route p99 ${percentile(times, 99).toFixed(0)} ms, ` +
        `max ${max.toFixed(0)} ms over ${times.length} requests   (target max < 200 ms: ${max < 200 ? "met" : "NOT met"})`,
    );
  }

  console.log(
    `\nEvent loop under heavy operations (issue 23; database: ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "in-process PGlite"}):`,
  );
  console.log(`  RSS at start: ${rss()}`);
  // 2,000 open cases (and 200 closed, which the feed leaves out), dated relative to this clock.
  const now = new Date();
  const { userId, open } = await seedOneUser({ open: 2_000, closed: 200, eventsPerCase: 3, templates: 20, now });
  const token = await issueCalendarFeed(userId, now);
  const base = "http://localhost:3000";
  const feed = (headers: Record<string, string> = {}) =>
    calendarFeedResponse(new Request(`${base}/feed/${token}.ics`, { headers }), token, base, now);

  let etag = "";
  let events = 0;
  await underLoad(`calendar feed, ${open} open cases, cold`, async () => {
    const response = await feed();
    etag = response.headers.get("etag") ?? "";
    const body = await response.text();
    events = body.split("BEGIN:VEVENT").length - 1;
    console.log(`    (feed: ${(Buffer.byteLength(body) / MB).toFixed(2)} MB, ${events} events)`);
  });
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    // A case change makes the next request rebuild (the fingerprint moves).
    const { db } = await import("@/lib/db");
    await db().case.updateMany({ where: { ownerId: userId }, data: { updatedAt: new Date(Date.now() + i) } });
    const t = performance.now();
    const response = await feed();
    await response.arrayBuffer();
    cold.push(performance.now() - t);
    etag = response.headers.get("etag") ?? etag;
  }
  const warm: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    const response = await feed({ "if-none-match": etag });
    if (response.status !== 304) throw new Error(`warm feed answered ${response.status}`);
    warm.push(performance.now() - t);
  }
  console.log(
    `  feed cold (after a case change), ${open} open cases, ${events} events, p50: ${percentile(cold, 50).toFixed(0)} ms   (target < 300 ms)`,
  );
  console.log(
    `  feed warm 304 p50: ${percentile(warm, 50).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms   (target < 10 ms)`,
  );

  const post = (bytes: Uint8Array<ArrayBuffer>) =>
    previewBillResponse(new Request("http://localhost/api/bills/preview", { method: "POST", body: bytes }));
  const bill = bigWechatCsv(9_500_000);
  await underLoad(`bill preview, ${(bill.length / 1e6).toFixed(1)} MB WeChat CSV`, async () => {
    const response = await post(bill);
    const text = await response.text();
    expect(response.status).toBe(200);
    console.log(`    (answer ${response.status}, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB; target ≤ 1024 KB)`);
  });
  console.log(`  RSS after the bill: ${rss()}`);
  await underLoad("bill preview, 9 MiB one-line CSV", async () => {
    const response = await post(oneLineCsv(9 * MB));
    // errorResponse's body (ADR 0032): { error: { code, message } }.
    const refusal = (await response.json()) as { error: { code: string } };
    console.log(`    (answer ${response.status} ${refusal.error.code})`);
  });
  const line = "您好，我于二〇二六年十一月被骗转账，现申请退款。\n";
  const letterText = "退款申请函\n\n" + line.repeat(Math.floor((LETTER_MAX_CHARS - 10) / line.length));
  await underLoad(`letter PDF, ${letterText.length} characters (the cap), on the pool`, async () => {
    const pdf = await letterPdf({ locale: "zh-CN", title: "退款申请函", text: letterText });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    console.log(`    (PDF ${(pdf.length / 1024).toFixed(0)} KB)`);
  });
  const big = await seedBigCase(userId);
  await underLoad("case bundle export, 500 MiB of evidence (local store), read to the end", async () => {
    const zip = await exportCaseBundle({ ownerId: userId, caseId: big.caseId, locale: "zh-CN", now: new Date() });
    let received = 0;
    // A counting sink: the socket's part of the work, without a hash that a client would do elsewhere.
    await pipeline(
      zip.stream,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          received += chunk.length;
          done();
        },
      }),
    );
    expect(received).toBe(zip.size);
    console.log(`    (zip ${(received / MB).toFixed(0)} MiB)`);
  });
  console.log(`  RSS at the end: ${rss()}`);

  server.close();
  await stopHeavyPool();
  await disconnectDb();
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
});
