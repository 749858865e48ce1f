import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dataDir = await mkdtemp(path.join(os.tmpdir(), "stall2-dump-"));
const { NEXTAUTH_URL: _u, NEXTAUTH_SECRET: _s, ...rest } = process.env;
const child = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...rest, PORT: "3216", DATA_DIR: dataDir, DATABASE_URL: "" }, stdio: "ignore" });
const base = "http://127.0.0.1:3216";
for (;;) { try { if ((await fetch(`${base}/api/health`)).ok) break; } catch {} await sleep(300); }
process.env.DATABASE_URL = `postgres://postgres@localhost:5432/postgres?host=${encodeURIComponent(path.join(dataDir, "run"))}&sslmode=disable`;
process.env.NEXTAUTH_SECRET = (await readFile(path.join(dataDir, "auth-secret"), "utf8")).trim();
const { seedOneUser } = await import("./lib/bench-seed.mjs");
const { cookie } = await seedOneUser({ cases: 2000, eventsPerCase: 10, templates: 20 });
const order = (process.env.ORDER ?? "/settings/security,/cases,/cases").split(",");
for (const page of order) {
  const t = performance.now();
  const r = await fetch(`${base}${page}`, { headers: { cookie } });
  await r.text();
  console.log(`first-ish ${page}: ${r.status} ${(performance.now() - t).toFixed(0)} ms`);
}
for (const page of ["/cases", "/dashboard", "/settings/reminders"]) {
  const html = await (await fetch(`${base}${page}`, { headers: { cookie } })).text();
  await writeFile(`/tmp/stall2-page${page.replaceAll("/", "_")}.html`, html);
}
child.kill("SIGTERM");
await sleep(3000);
process.exit(0);
