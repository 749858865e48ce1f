import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, open } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { issueCalendarFeed } from "@/lib/calendar-feed";
import { createCase, recordCaseEvent } from "@/lib/cases";
import { RecordEventSchema } from "@/lib/cases/record-event-schema";
import { db, disconnectDb } from "@/lib/db";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres.mjs";
import { resetEnvForTests } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { acquireDataDirLock } from "@/scripts/lib/data-dir-lock.mjs";
import { prismaNodeArgs } from "@/scripts/lib/prisma-cli.mjs";
import { loadOrCreateSecret } from "@/scripts/lib/secret.mjs";
import { tableLines, tablesInLoadOrder } from "@/scripts/lib/backup/database.mjs";
import { listEntries, readEntry } from "@/scripts/lib/backup/tar.mjs";
import type { BackupManifest } from "@/scripts/lib/backup/backup.mjs";
import { evidenceFixture, uploadFiles } from "../factories/evidence";
import { fraudForm, parseForm } from "../factories/case";

const root = process.cwd();
const run = promisify(execFile);

/**
 * Runs one of the npm scripts' files as `npm run` would; resolves with its exit code and output.
 * `nodeArgs` go before the script (e.g. `--import` of tests/setup/disk-full.mjs).
 */
export async function runScript(
  script: "backup" | "restore",
  args: string[],
  env: Record<string, string | undefined>,
  nodeArgs: string[] = [],
) {
  const clean = { ...process.env };
  for (const key of [
    "DATABASE_URL",
    "S3_BUCKET",
    "S3_ENDPOINT",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "S3_FORCE_PATH_STYLE",
    "S3_REGION",
  ]) {
    delete clean[key];
  }
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [...nodeArgs, path.join(root, "scripts", `${script}.mjs`), ...args],
      {
        cwd: root,
        env: { ...clean, LANG: "C", ...env },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

export async function migrateDeploy(url: string) {
  await run(process.execPath, [...prismaNodeArgs(), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
  });
}

/**
 * What `npm start` does to an embedded DATA_DIR, in this process: hold the lock, serve PGlite on
 * the private socket, apply the migrations with Prisma; the app's code (db()) then writes there.
 */
export async function startEmbeddedSource() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-backup-src-"));
  const lock = await acquireDataDirLock(dataDir);
  if (!lock.ok) throw new Error("lock");
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "pglite"),
    socketDir: path.join(dataDir, "run"),
  });
  await migrateDeploy(embedded.url);
  await loadOrCreateSecret(path.join(dataDir, "auth-secret"));
  await pointAppAt(embedded.url, dataDir);
  return {
    dataDir,
    url: embedded.url,
    async stop() {
      await disconnectDb();
      await embedded.stop();
      await lock.release();
    },
  };
}

/** Points the app's db() (and blob store) at another database and data directory. */
export async function pointAppAt(url: string, dataDir: string) {
  await disconnectDb();
  process.env.DATABASE_URL = url;
  process.env.DATA_DIR = dataDir;
  process.env.DATABASE_POOL_MAX = "1";
  resetEnvForTests();
}

export const PASSWORD = "correct horse battery staple 9";
const NOW = new Date("2026-12-01T02:00:00Z");
const event = (input: Record<string, unknown>) => RecordEventSchema.parse({ timeZone: "Asia/Shanghai", ...input });

/**
 * Two users with passwords; cases with payments, events, evidence (and their reminders and audit
 * entries). The second has a calendar feed issued before its cases, so its "casesVersion" has
 * moved: a restore must give it back as it was, not move it again while loading the cases.
 * (Not the first user: the writer adds to that one's cases during the backup.)
 */
export async function seed(casesPerUser = 3) {
  const passwordHash = await hashPassword(PASSWORD);
  const users = [];
  for (const email of ["alice@example.com", "wang.xiao@example.com"]) {
    users.push(
      await db().user.create({ data: { email, passwordHash, emailVerified: NOW }, select: { id: true, email: true } }),
    );
  }
  const files = [
    { filename: "报警回执.pdf", bytes: await evidenceFixture("receipt.pdf") },
    { filename: "chat.txt", bytes: await evidenceFixture("chat-gbk.txt") },
  ];
  await issueCalendarFeed(users[1]!.id, NOW);
  for (const user of users) {
    for (let i = 0; i < casesPerUser; i++) {
      const { id } = await createCase(user.id, parseForm(fraudForm({ title: `刷单诈骗 ${i}` })), NOW);
      await recordCaseEvent(
        user.id,
        id,
        event({ type: "POLICE_REPORTED", occurredAt: "2026-11-29T19:30", reference: `京公网110-${i}` }),
        NOW,
      );
      await recordCaseEvent(
        user.id,
        id,
        event({ type: "MONEY_RECOVERED", occurredAt: "2026-11-30T18:00", amount: "１，２８０．５０" }),
        NOW,
      );
      const [kept] = await uploadFiles(
        user.id,
        id,
        [files[i % 2]!, { filename: `note-${i}.txt`, bytes: Buffer.from(`第 ${i} 号证据 ${user.email}`) }],
        NOW,
      );
      // A payment linked to the file it was read from: the link must survive backup and restore.
      await db().payment.updateMany({ where: { caseId: id, position: 0 }, data: { evidenceId: kept!.id } });
    }
  }
  return users;
}

/** Appends until stopped: new cases, each in one transaction (rows already there are never changed). */
export function writerLoop(ownerId: string) {
  let stop = false;
  let written = 0;
  const done = (async () => {
    while (!stop) {
      await createCase(ownerId, parseForm(fraudForm({ title: `并发写入 ${written}` })), NOW);
      written++;
    }
  })();
  return {
    async stop() {
      stop = true;
      await done;
      return written;
    },
  };
}

/** Every table's rows as PostgreSQL renders them (row_to_json), in primary-key order. */
export async function rowsOf(url: string): Promise<Map<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const out = new Map<string, string[]>();
    for (const table of await tablesInLoadOrder(client)) {
      let text = "";
      for await (const chunk of tableLines(client, table)) text += chunk;
      out.set(table, text.split("\n").filter(Boolean));
    }
    await client.query("COMMIT");
    return out;
  } finally {
    await client.end();
  }
}

/** The backup file's manifest and every table's lines. */
export async function readBackup(file: string) {
  const handle = await open(file, "r");
  const entries = await listEntries(handle);
  await handle.close();
  const byName = new Map(entries.map((e) => [e.name, e]));
  const manifest = JSON.parse((await readEntry(file, byName.get("manifest.json")!)).toString()) as BackupManifest;
  const tables = new Map<string, string[]>();
  for (const table of manifest.tables) {
    const text = (await readEntry(file, byName.get(`database/${table}.jsonl`)!)).toString();
    tables.set(table, text.split("\n").filter(Boolean));
  }
  return { manifest, tables, entries: byName };
}

/** Every case's audit chain through the app's own verifier (db() must point at the database). */
export async function verifyEveryChain() {
  const cases = await db().case.findMany({ select: { id: true } });
  const broken = [];
  for (const { id } of cases) {
    const rows = await db().auditEntry.findMany({ where: { caseId: id }, orderBy: { seq: "asc" } });
    const verdict = verifyAuditChain(rows.map((r) => ({ ...r, before: r.before as never, after: r.after as never })));
    if (!verdict.intact) broken.push(id);
  }
  return { cases: cases.length, broken };
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
