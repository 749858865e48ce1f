/**
 * Pages bench (`npm run bench`, after `npm run build`). Measured from outside, like a user:
 * the production build started by the real launcher (`npm start`, embedded PGlite) on a fresh
 * data directory, requests over 127.0.0.1. One run prints, side by side with targets and the
 * baselines measured on main before issue 14:
 *  - embedded memory: launcher + children RSS, peak during the first start and idle after a
 *    first page;
 *  - one user with 2,000 cases and 20,000 events: the first "My cases" after the start, dashboard
 *    p50, "My cases" first and 50th page p50 (one client) and the first page at 16 clients, the
 *    web server's RSS before, at its peak during and one minute after that load, and the bytes
 *    of the signed-in pages before compression (issue 23);
 *  - public pages (home, calculator, sign-in) in requests/s against a trivial route handler
 *    (/api/health) on the same server in the same run;
 *  - formatFen with a cached NumberFormat vs one built per call.
 * The load is measured after the embedded worker's first autovacuum round has analysed the
 * seeded tables (PGlite has no autovacuum of its own); the list once before it, for contrast.
 * `--memory-only` stops after the memory lines. RSS is counted over the launcher's whole process
 * tree (web server, worker if it is a process, prisma migrate while it runs), each named.
 * Informational: timings never decide pass/fail. Needs `--conditions=react-server` (lib code
 * imports `server-only`), which the npm script passes.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import {
  describeProcs,
  freePort,
  MB,
  percentile,
  requireBuild,
  sleep,
  startApp,
  stopApp,
  timeGet,
  treeProcesses,
  pointAtAppDatabase,
} from "./lib/bench-app.mjs";

/** `--memory-only`: start, measure the embedded mode's memory, stop (no seeding, no load). */
const memoryOnly = process.argv.includes("--memory-only");
const CASES = 2_000;
const EVENTS_PER_CASE = 10;
const TEMPLATES = 20;

async function sequential(url: string, n: number, cookie?: string): Promise<number[]> {
  for (let i = 0; i < 3; i++) await timeGet(url, { cookie });
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await timeGet(url, { cookie }));
  return times;
}

/** `clients` loops hitting `url` for `ms`: requests per second and each request's time. */
async function load(url: string, clients: number, ms: number, cookie?: string) {
  const times: number[] = [];
  const until = performance.now() + ms;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) times.push(await timeGet(url, { cookie }));
    }),
  );
  return { rps: times.length / (ms / 1000), p50: percentile(times, 50) };
}

const rows: string[][] = [];
function report(metric: string, measured: string, target: string, baseline: string) {
  rows.push([metric, measured, target, baseline]);
  console.log(`  ${metric}: ${measured}   (target ${target}; before: ${baseline})`);
}

async function main() {
  await requireBuild("bench-pages");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-bench-"));
  const port = await freePort();
  console.log(`Pages bench: production build, embedded PGlite in ${dataDir}, 127.0.0.1:${port}`);
  const app = await startApp(dataDir, port);
  try {
    await sleep(5_000);
    const idleParts = await treeProcesses(app.child.pid!);
    const idle = idleParts.reduce((sum, p) => sum + p.rss, 0);
    console.log(
      `\nEmbedded mode (launcher + web server, fresh data directory, start took ${(app.startMs / 1000).toFixed(1)} s):`,
    );
    report(
      "first start, peak RSS",
      `${(app.peak / MB).toFixed(0)} MB (${describeProcs(app.peakParts)})`,
      "< 600 MB",
      "870 MB",
    );
    report(
      "idle after a first page, RSS",
      `${(idle / MB).toFixed(0)} MB (${describeProcs(idleParts)})`,
      "< 400 MB",
      "300–380 MB",
    );
    if (memoryOnly) return;

    // Seed through the app's own code, against the running launcher's database.
    await pointAtAppDatabase(dataDir);
    const { seedOneUser } = await import("./lib/bench-seed.mjs");
    const t0 = performance.now();
    const {
      cookie,
      userId: seededUser,
      cases,
      events,
    } = await seedOneUser({
      // One case in ten closed, as a real list would have.
      open: CASES - CASES / 10,
      closed: CASES / 10,
      eventsPerCase: EVENTS_PER_CASE,
      templates: TEMPLATES,
    });
    console.log(
      `\nOne user, ${cases} cases, ${events} events (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s):`,
    );

    // Bulk rows the planner knows nothing of yet: PGlite has no autovacuum, so the embedded
    // worker runs one every minute (lib/maintenance/embedded-autovacuum.ts). Measured once
    // before its round, then the steady state after it.
    // The first "My cases" since the start: its code is loaded and compiled on this request.
    const firstAfterStart = await timeGet(`${app.base}/cases`, { cookie });
    report(
      'first "My cases" after the start',
      `${firstAfterStart.toFixed(0)} ms`,
      "warm (≈ the p50 below)",
      "2.9–4.7 s",
    );
    await sequential(`${app.base}/cases`, 30, cookie); // the page's code warmed up, as it is later
    const unanalysed = await sequential(`${app.base}/cases`, 15, cookie);
    console.log(
      `  ("My cases" first page p50 before the worker's first autovacuum round: ${percentile(unanalysed, 50).toFixed(1)} ms)`,
    );
    const { db } = await import("@/lib/db");
    const waited = performance.now();
    for (;;) {
      const [row] = await db().$queryRaw<{ analysed: boolean }[]>`
        SELECT last_analyze IS NOT NULL AS analysed FROM pg_stat_user_tables WHERE relname = 'Case'`;
      if (row?.analysed) break;
      if (performance.now() - waited > 120_000) throw new Error('the embedded worker never analysed "Case"');
      await sleep(500);
    }
    console.log(
      `  (the worker's autovacuum round came ${((performance.now() - waited) / 1000).toFixed(0)} s after seeding)`,
    );

    // The same queries in this process, without rendering: where the page time goes.
    const { listCasesForUser } = await import("@/lib/cases");
    const { getDashboard } = await import("@/lib/dashboard");
    const userId = seededUser;
    const queryMs = async (fn: () => Promise<unknown>) => {
      for (let i = 0; i < 3; i++) await fn();
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
      return percentile(times, 50).toFixed(1);
    };
    console.log(
      `  (queries alone, p50: getDashboard ${await queryMs(() => getDashboard(userId, new Date(), "Asia/Shanghai"))} ms, ` +
        `listCasesForUser ${await queryMs(() => listCasesForUser(userId, new Date()))} ms)`,
    );
    const dash = await sequential(`${app.base}/dashboard`, 20, cookie);
    report(
      "dashboard, server render p50 (1 client)",
      `${percentile(dash, 50).toFixed(0)} ms (p95 ${percentile(dash, 95).toFixed(0)} ms)`,
      "< 300 ms",
      "n/a (new)",
    );
    const first = await sequential(`${app.base}/cases`, 30, cookie);
    report(
      '"My cases" first page p50 (1 client)',
      `${percentile(first, 50).toFixed(1)} ms`,
      "< 50 ms",
      "131 ms, every case on one page (2.1 MB)",
    );
    let url = `${app.base}/cases`;
    for (let page = 1; page < 50; page++) {
      const html = await (await fetch(url, { headers: { cookie } })).text();
      const next = /href="(\/cases\?cursor=[^"]+)"/.exec(html)?.[1];
      if (!next) break;
      url = `${app.base}${next.replaceAll("&amp;", "&")}`;
    }
    const deep = await sequential(url, 30, cookie);
    report(
      '"My cases" 50th page p50 (1 client)',
      `${percentile(deep, 50).toFixed(1)} ms`,
      "< 50 ms",
      "n/a (no paging)",
    );
    const webRss = async () =>
      (await treeProcesses(app.child.pid!)).filter((p) => p.name === "web server").reduce((sum, p) => sum + p.rss, 0);
    const rssBefore = await webRss();
    let rssPeak = rssBefore;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        rssPeak = Math.max(rssPeak, await webRss());
        await sleep(50);
      }
    })();
    const sixteen = await load(`${app.base}/cases`, 16, 3_000, cookie);
    sampling = false;
    await sampler;
    report(
      '"My cases" first page p50 at 16 clients',
      `${sixteen.p50.toFixed(0)} ms (${sixteen.rps.toFixed(0)} req/s)`,
      "—",
      "2.2 s",
    );
    report(
      "web server RSS before / peak during the 16-client load",
      `${(rssBefore / MB).toFixed(0)} MB / ${(rssPeak / MB).toFixed(0)} MB`,
      "peak < 500 MB",
      "≥ 736 MB",
    );
    await sleep(60_000);
    report(
      "web server RSS one minute after the load",
      `${((await webRss()) / MB).toFixed(0)} MB`,
      "< 300 MB",
      "≈ 700 MB",
    );

    // Page bytes before compression, as served to this user (issue 23: the message catalog).
    const pageBytes = async (page: string) =>
      Buffer.byteLength(await (await fetch(`${app.base}${page}`, { headers: { cookie } })).text()) / 1024;
    const { db: seededDb } = await import("@/lib/db");
    const oneCase = await seededDb().case.findFirstOrThrow({ where: { ownerId: userId }, select: { id: true } });
    const sizes: [string, string, string][] = [
      ["/cases", "≤ 60 KB", "106 KB"],
      ["/dashboard", "smaller", "105 KB"],
      ["/settings/reminders", "smaller", "135 KB"],
      ["/settings/security", "smaller", "n/a"],
      ["/calendar-feed", "smaller", "n/a"],
      [`/cases/${oneCase.id}`, "smaller", "n/a"],
    ];
    for (const [page, target, before] of sizes) {
      report(
        `page bytes ${page.replace(oneCase.id, "<id>")}`,
        `${(await pageBytes(page)).toFixed(1)} KB`,
        target,
        before,
      );
    }

    console.log("\nPublic pages vs a trivial route handler (8 clients, 3 s each, same server, same run):");
    await sequential(`${app.base}/api/health`, 20);
    const trivialSeq = await sequential(`${app.base}/api/health`, 50);
    console.log(`  (one client: /api/health p50 ${percentile(trivialSeq, 50).toFixed(1)} ms)`);
    const trivial = await load(`${app.base}/api/health`, 8, 3_000);
    report(
      "trivial route /api/health",
      `${trivial.rps.toFixed(0)} req/s (p50 ${trivial.p50.toFixed(1)} ms)`,
      "reference",
      "reference",
    );
    for (const page of ["/", "/calculator", "/sign-in"]) {
      const one = await sequential(`${app.base}${page}`, 20);
      console.log(`  (one client: ${page} p50 ${percentile(one, 50).toFixed(1)} ms)`);
      const result = await load(`${app.base}${page}`, 8, 3_000);
      report(
        `public ${page}`,
        `${result.rps.toFixed(0)} req/s = ${(result.rps / trivial.rps).toFixed(2)}× trivial (p50 ${result.p50.toFixed(1)} ms)`,
        "≥ 0.5×",
        "0.12–0.20×",
      );
    }
    const afterParts = await treeProcesses(app.child.pid!);
    const after = afterParts.reduce((sum, p) => sum + p.rss, 0);
    console.log(
      `  (launcher + web server RSS after the load: ${(after / MB).toFixed(0)} MB (${describeProcs(afterParts)}); before: next-server alone 680 MB)`,
    );
  } finally {
    await stopApp(app);
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await rm(dataDir, { recursive: true, force: true });
  }

  if (memoryOnly) return;
  console.log("\nformatFen (1,000,000 calls):");
  const { formatFen } = await import("@/lib/cases/money");
  const perCall = (fn: (n: bigint) => string) => {
    const t = performance.now();
    for (let i = 0; i < 1_000_000; i++) fn(BigInt(i) * 137n);
    return ((performance.now() - t) * 1000) / 1_000_000;
  };
  const uncached = perCall((fen) => `¥${new Intl.NumberFormat("zh-CN", { useGrouping: true }).format(fen / 100n)}`);
  const cached = perCall((fen) => formatFen(fen, "zh-CN"));
  report(
    "formatFen per call",
    `${cached.toFixed(2)} µs`,
    "—",
    `${uncached.toFixed(2)} µs with a NumberFormat per call`,
  );

  console.log("\nSummary (measured | target | before):");
  for (const [metric, measured, target, baseline] of rows)
    console.log(`  ${metric} | ${measured} | ${target} | ${baseline}`);
}

await main();
