/**
 * Evidence upload bench (`npm run bench`, after the deadline bench). Starts the
 * upload server (scripts/bench-evidence-server.ts: the route's uploadEvidence
 * on node:http) as its own process on a fresh database, then sends 25 MB
 * files: one client alone, then 10 clients at once. Prints throughput and the
 * server's peak RSS above its idle RSS for each; the target is under 150 MB
 * above idle with 10 clients. Peak RSS is the kernel's high-water mark
 * (VmHWM, reset through /proc/<pid>/clear_refs before each round), so short
 * spikes between samples are not missed.
 */
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.mjs";
import { createScratchDatabase } from "../lib/db/scratch-database.mjs";
import { applyMigrations } from "../tests/setup/database";

const MIB = 1024 * 1024;
const FILE_BYTES = 25 * MIB - 4096; // just under the 25 MB cap, multipart framing included
const TARGET_MB = 150;

async function database(): Promise<{ url: string; stop: () => Promise<void>; kind: string }> {
  const server = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  try {
    const scratch = await createScratchDatabase(server, "recourse_bench");
    return { ...scratch, kind: "PostgreSQL" };
  } catch {
    const embedded = await startEmbeddedPostgres();
    return { ...embedded, kind: "PGlite (embedded)" };
  }
}

async function seed(url: string, cases: number): Promise<{ ownerId: string; caseIds: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ownerId = `bench${randomBytes(6).toString("hex")}`;
    await client.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now())`, [
      ownerId,
      `${ownerId}@x.test`,
    ]);
    const caseIds: string[] = [];
    for (let i = 0; i < cases; i++) {
      const id = `benchcase${i}${randomBytes(4).toString("hex")}`;
      await client.query(
        `INSERT INTO "Case" (id, "ownerId", kind, platform, title, "amountFen", status, "updatedAt")
         VALUES ($1, $2, 'FRAUD', 'ALIPAY', 'bench', 100, 'OPEN', now())`,
        [id, ownerId],
      );
      caseIds.push(id);
    }
    return { ownerId, caseIds };
  } finally {
    await client.end();
  }
}

/** One upload, generated as it is sent: a UTF-8 text file (accepted evidence), unique per call. */
function upload(port: number, caseId: string, size: number): Promise<number> {
  const boundary = `bench${randomBytes(8).toString("hex")}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="chat-${randomBytes(4).toString("hex")}.txt"\r\n` +
      `Content-Type: text/plain\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const unique = Buffer.from(`bench ${randomBytes(16).toString("hex")}\n`);
  const line = Buffer.from("2026-11-29 10:15 张三：请把验证码发给我。我：好的，已转账500元。\n".repeat(512));
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: `/upload/${caseId}`,
        headers: {
          "content-type": `multipart/form-data; boundary=${boundary}`,
          "content-length": head.length + size + tail.length,
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.write(head);
    request.write(unique);
    let sent = unique.length;
    const pump = () => {
      while (sent < size) {
        const chunk = line.subarray(0, Math.min(line.length, size - sent));
        sent += chunk.length;
        if (!request.write(chunk)) {
          request.once("drain", pump);
          return;
        }
      }
      request.end(tail);
    };
    pump();
  });
}

async function status(pid: number): Promise<{ rss: number; hwm: number }> {
  const text = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(text.match(new RegExp(`^${key}:\\s+(\\d+) kB`, "m"))?.[1] ?? 0) * 1024;
  return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
}

async function round(child: ChildProcess, port: number, caseIds: string[], clients: number, idle: number) {
  const pid = child.pid!;
  await writeFile(`/proc/${pid}/clear_refs`, "5"); // reset VmHWM to the current RSS
  const started = performance.now();
  const statuses = await Promise.all(caseIds.slice(0, clients).map((id) => upload(port, id, FILE_BYTES)));
  const seconds = (performance.now() - started) / 1000;
  const { hwm } = await status(pid);
  if (statuses.some((s) => s !== 201)) throw new Error(`uploads answered ${statuses.join(", ")}`);
  return { seconds, mbPerSecond: (clients * FILE_BYTES) / MIB / seconds, idle, peakAbove: (hwm - idle) / MIB };
}

/** The bench measures the local-disk driver whatever the shell has configured. */
function withoutS3(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(environment).filter(([key]) => !key.startsWith("S3_"))) as NodeJS.ProcessEnv;
}

async function main() {
  const db = await database();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-bench-"));
  let child: ChildProcess | undefined;
  try {
    await applyMigrations(db.url);
    const { ownerId, caseIds } = await seed(db.url, 12);
    child = fork(path.join(process.cwd(), "scripts", "bench-evidence-server.ts"), {
      execArgv: ["--conditions=react-server", "--import", "tsx"],
      env: {
        ...withoutS3(process.env),
        NODE_ENV: "production",
        DATABASE_URL: db.url,
        DATA_DIR: dataDir,
        NEXTAUTH_SECRET: "bench-secret-that-is-long-enough-for-the-env-check",
        BENCH_OWNER_ID: ownerId,
      },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child!.once("message", (m: { port: number }) => resolve(m.port));
      child!.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
    });
    // Warm up: modules, the Prisma client, the JIT; then let the heap settle.
    await upload(port, caseIds[11]!, 256 * 1024);
    await new Promise((r) => setTimeout(r, 1500));
    // One idle figure, taken once after warm-up, for both rounds: memory the first round
    // kept is charged to the second.
    const idle = (await status(child.pid!)).rss;
    const one = await round(child, port, caseIds.slice(0, 1), 1, idle);
    await new Promise((r) => setTimeout(r, 1500));
    const ten = await round(child, port, caseIds.slice(1, 11), 10, idle);

    const line = (label: string, r: typeof one) =>
      `${label}  ${r.seconds.toFixed(2).padStart(6)} s  ${r.mbPerSecond.toFixed(1).padStart(6)} MB/s  ` +
      `peak RSS ${r.peakAbove.toFixed(1).padStart(6)} MB above idle`;
    console.log(
      `\nEvidence upload: uploadEvidence behind node:http, local-disk storage, ${db.kind}, ${os.cpus().length} CPUs`,
    );
    console.log(
      `  file size ${(FILE_BYTES / MIB).toFixed(2)} MB, one file per request; idle RSS ${(idle / MIB).toFixed(1)} MB`,
    );
    console.log(line(" 1 client  × 25 MB:", one));
    console.log(line("10 clients × 25 MB:", ten));
    console.log(
      `  10-client peak ${ten.peakAbove.toFixed(1)} MB above idle vs target < ${TARGET_MB} MB: ${
        ten.peakAbove < TARGET_MB ? "within target" : "OVER TARGET"
      }; 1-client baseline ${one.peakAbove.toFixed(1)} MB`,
    );
  } finally {
    child?.kill("SIGTERM");
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
