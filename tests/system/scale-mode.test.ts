import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { createScratchDatabase } from "@/lib/db/scratch-database.mjs";
import { readEntry } from "@/scripts/lib/backup/tar.mjs";
import { buildNeeded } from "@/scripts/lib/build-freshness.mjs";
import { billFixture } from "../factories/bills";
import { deliveryCounts, seedDueReminders, startSmtpCapture, waitFor } from "../reminders/helpers";
import { multipartBody } from "../setup/multipart";
import { startS3Server } from "../setup/s3-server";
import { pointAppAt, readBackup, runScript, seed, sha256, startEmbeddedSource } from "../setup/backup-source";

// Issue 24: scale mode as the destination of a move. An embedded installation is backed up and
// restored (`npm run restore`) into one PostgreSQL database and one S3-protocol bucket (s3rver);
// then two `npm start` launchers in scale mode run there, each with its web server and its
// reminder worker: two of each, as two machines behind a load balancer would. They share the
// embedded installation's NEXTAUTH_SECRET (the backup's secrets/auth-secret), so a browser's
// session from before the move still works, on either of them.
// Needs PostgreSQL and a production build (made here once when missing): the system suite.
const root = process.cwd();
const SERVER = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

type Launcher = { child: ChildProcess; base: string; exited: Promise<number | null>; output: () => string };

let work: string;
let s3: Awaited<ReturnType<typeof startS3Server>>;
let target: Awaited<ReturnType<typeof createScratchDatabase>>;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let launchers: Launcher[] = [];
let users: { id: string; email: string }[];
let dueReminders: string[];
let cookie: string;
/** The embedded installation's NEXTAUTH_SECRET, carried over to scale mode. */
let secret: string;

/** A signed-in browser's cookie: a session row and the JWT naming it, as sign-in leaves them. */
async function cookieFor(user: { id: string; email: string }) {
  const sid = await startSession(user.id);
  return `next-auth.session-token=${await encode({ token: { sub: user.id, email: user.email, sid }, secret })}`;
}

function run(args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`))));
  });
}

/** `npm run build`, once, when the tree has none or an old one: two launchers must not both build. */
async function buildOnce() {
  if (!(await buildNeeded(root))) return;
  await run([path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"]);
  await run([path.join(root, "scripts", "lib", "build-worker.mjs")]);
  await run([path.join(root, "scripts", "make-pglite-template.mjs")]);
}

async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** `npm start` (scripts/start.mjs, as `npm start` execs it) in scale mode, on its own port and DATA_DIR. */
async function startLauncher(env: Record<string, string>, name: string): Promise<Launcher> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      LANG: "C",
      NODE_ENV: "production",
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXTAUTH_URL: base,
      DATA_DIR: path.join(work, name),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, base, exited, output: () => output };
}

async function healthy(launcher: Launcher): Promise<boolean> {
  if (launcher.child.exitCode !== null) throw new Error(`launcher exited:\n${launcher.output()}`);
  try {
    return (await fetch(`${launcher.base}/api/health`)).ok;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  await buildOnce();
  work = await mkdtemp(path.join(os.tmpdir(), "recourse-scale-"));

  // The embedded installation: two users with cases, payments and evidence, reminders due now,
  // and a browser signed in to it (a session row and the cookie signed with its secret).
  const source = await startEmbeddedSource();
  let backupFile: string;
  try {
    users = await seed(1);
    dueReminders = await seedDueReminders(6, 2);
    secret = (await readFile(path.join(source.dataDir, "auth-secret"), "utf8")).trim();
    cookie = await cookieFor(users[0]!);
    backupFile = path.join(work, "embedded.backup");
    const backup = await runScript("backup", ["--out", backupFile], { DATA_DIR: source.dataDir });
    expect(backup.code, backup.stderr).toBe(0);
  } finally {
    await source.stop();
  }

  // The restore lists the bucket to see that it is empty: s3rver then needs bucketRequests.
  s3 = await startS3Server("recourse-scale", { bucketRequests: true });
  target = await createScratchDatabase(SERVER, "recourse_scale");
  const scaleEnv = {
    DATABASE_URL: target.url,
    S3_BUCKET: s3.config.bucket,
    S3_ENDPOINT: s3.config.endpoint!,
    S3_REGION: s3.config.region,
    S3_ACCESS_KEY_ID: s3.config.accessKeyId!,
    S3_SECRET_ACCESS_KEY: s3.config.secretAccessKey!,
    S3_FORCE_PATH_STYLE: "true",
  };
  const restored = await runScript("restore", [backupFile], { ...scaleEnv, DATA_DIR: path.join(work, "unused") });
  expect(restored.code, restored.stderr).toBe(0);
  await pointAppAt(target.url, path.join(work, "unused"));

  // Moving keeps the secret: scale mode has no auth-secret file, so it is set from the backup's.
  const { entries } = await readBackup(backupFile);
  expect((await readEntry(backupFile, entries.get("secrets/auth-secret")!)).toString().trim()).toBe(secret);
  smtp = await startSmtpCapture();
  const env = {
    ...scaleEnv,
    NEXTAUTH_SECRET: secret,
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    REMINDER_POLL_MS: "200",
    // Small batches: both workers claim from the same due set at once.
    REMINDER_BATCH_SIZE: "2",
  };
  launchers = [await startLauncher(env, "a"), await startLauncher(env, "b")];
  for (const launcher of launchers) await waitFor(() => healthy(launcher), 240_000, `${launcher.base} healthy`);
}, 900_000);

afterAll(async () => {
  for (const launcher of launchers) {
    if (launcher.child.exitCode === null) launcher.child.kill("SIGTERM");
    await launcher.exited;
  }
  await smtp?.close();
  await target?.stop();
  await s3?.stop();
  if (work) await rm(work, { recursive: true, force: true });
}, 120_000);

describe("scale mode after a move: two web servers and two workers on one database and one bucket", () => {
  test("a case edited through one web server is seen through the other, with the session from before the move", async () => {
    const [a, b] = launchers as [Launcher, Launcher];
    const owner = users[0]!;
    const { id: caseId, version } = await db().case.findFirstOrThrow({
      where: { ownerId: owner.id },
      select: { id: true, version: true },
    });
    for (const { base } of launchers) {
      const page = await fetch(`${base}/cases/${caseId}`, { headers: { cookie }, redirect: "manual" });
      expect(page.status, base).toBe(200);
      expect(await page.text()).not.toContain("云膳过桥米线");
    }

    // The bill import picks two rows of a WeChat bill: they become the case's payments.
    const edit = await fetch(`${a.base}/api/cases/${caseId}/bill-import`, {
      method: "POST",
      headers: {
        cookie,
        "content-type": "application/octet-stream",
        "x-bill-name": encodeURIComponent("微信账单.csv"),
        "x-bill-lines": "21,18",
        "x-case-version": String(version),
      },
      body: billFixture("example-wechat-records.csv"),
    });
    expect(edit.status, await edit.clone().text()).toBe(201);

    const seen = await fetch(`${b.base}/cases/${caseId}`, { headers: { cookie } });
    expect(seen.status).toBe(200);
    const html = await seen.text();
    expect(html).toContain("云膳过桥米线");
    expect(html).toContain("房东");

    // The same bill again through the other server finds those payments there: nothing added twice.
    const again = await fetch(`${b.base}/api/cases/${caseId}/bill-import`, {
      method: "POST",
      headers: {
        cookie,
        "content-type": "application/octet-stream",
        "x-bill-name": encodeURIComponent("微信账单.csv"),
        "x-bill-lines": "21,18",
        "x-case-version": String(version),
      },
      body: billFixture("example-wechat-records.csv"),
    });
    expect(again.status).toBe(201);
    expect(await again.json()).toMatchObject({ ok: true, added: 0, skipped: 2 });
    expect(await db().payment.count({ where: { caseId, counterpartyName: "房东" } })).toBe(1);
  });

  test("evidence uploaded through one web server downloads through the other, as restored evidence does", async () => {
    const [a, b] = launchers as [Launcher, Launcher];
    const { id: caseId } = await db().case.findFirstOrThrow({ where: { ownerId: users[0]!.id }, select: { id: true } });
    const bytes = Buffer.from("转账截图：2026-12-01 向对方转账 ¥1,280.50\n".repeat(200));
    const { body, contentType } = multipartBody([
      { field: "file", filename: "转账记录.txt", bytes, type: "text/plain" },
    ]);
    const upload = await fetch(`${a.base}/api/cases/${caseId}/evidence`, {
      method: "POST",
      headers: { cookie, "content-type": contentType },
      body: new Uint8Array(body),
    });
    expect(upload.status, await upload.clone().text()).toBe(201);
    const uploaded = await db().evidence.findFirstOrThrow({ where: { caseId, name: "转账记录.txt" } });

    const download = await fetch(`${b.base}/api/cases/${caseId}/evidence/${uploaded.id}`, { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(sha256(bytes));

    // Evidence from the embedded installation came over in the backup, into the bucket.
    const before = await db().evidence.findFirstOrThrow({ where: { caseId, NOT: { id: uploaded.id } } });
    for (const { base } of launchers) {
      const restored = await fetch(`${base}/api/cases/${caseId}/evidence/${before.id}`, { headers: { cookie } });
      expect(restored.status, base).toBe(200);
      expect(sha256(Buffer.from(await restored.arrayBuffer()))).toBe(before.sha256);
    }
    // Still owner-scoped on both: another user's session gets a 404, not the file.
    const stranger = await cookieFor(users[1]!);
    for (const { base } of launchers) {
      const denied = await fetch(`${base}/api/cases/${caseId}/evidence/${uploaded.id}`, {
        headers: { cookie: stranger },
      });
      expect(denied.status, base).toBe(404);
    }
  });

  test("reminders due at the move are sent exactly once between the two workers, over SMTP", async () => {
    // Both launchers started a worker of their own.
    await waitFor(
      async () => launchers.every((l) => /\[worker\] reminder worker \d+ started/.test(l.output())),
      60_000,
      "both workers started",
    );
    const pids = launchers.map((l) => /\[worker\] reminder worker (\d+) started/.exec(l.output())![1]);
    expect(new Set(pids).size).toBe(2);

    await waitFor(
      async () =>
        (await db().reminder.count({ where: { id: { in: dueReminders }, status: "SENT" } })) === dueReminders.length,
      120_000,
      "every due reminder sent",
    );
    const counts = deliveryCounts(smtp.received);
    for (const id of dueReminders) expect(counts.get(id), id).toBe(1);
    // Nothing else was sent twice either (the restored cases' own reminders included).
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    // Each message went to its reminder's owner.
    const owners = await db().reminder.findMany({
      where: { id: { in: dueReminders } },
      select: { id: true, user: { select: { email: true } } },
    });
    for (const { id, user } of owners) {
      const message = smtp.received.find((m) => m.reminderIds.includes(id))!;
      expect(message.raw).toContain(user.email);
    }
  });
});
