import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { db } from "@/lib/db";
import { createScratchDatabase } from "@/lib/db/scratch-database.mjs";
import { s3Blobs } from "@/scripts/lib/backup/blobs.mjs";
import { BackupError, describe as say } from "@/scripts/lib/backup/messages.mjs";
import { restoreBackup } from "@/scripts/lib/backup/restore.mjs";
import { startS3Server } from "../setup/s3-server";
import {
  PASSWORD,
  pointAppAt,
  readBackup,
  rowsOf,
  runScript,
  seed,
  sha256,
  startEmbeddedSource,
  verifyEveryChain,
  writerLoop,
} from "../setup/backup-source";

// Moving an embedded installation to scale mode: an embedded backup taken while a writer runs is
// restored into PostgreSQL (127.0.0.1:5432, a scratch database) and an S3-protocol server
// (s3rver); scale mode's own backup of the result holds the same rows and blobs.
// Needs PostgreSQL: part of the system suite.
const SERVER = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

let source: Awaited<ReturnType<typeof startEmbeddedSource>>;
let s3: Awaited<ReturnType<typeof startS3Server>>;
let target: Awaited<ReturnType<typeof createScratchDatabase>>;
let work: string;
let backupFile: string;
let users: { id: string; email: string }[];
let scaleEnv: Record<string, string>;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "recourse-backup-pg-"));
  source = await startEmbeddedSource();
  users = await seed(2);
  backupFile = path.join(work, "embedded.backup");
  const writer = writerLoop(users[1]!.id);
  const result = await runScript("backup", ["--out", backupFile], { DATA_DIR: source.dataDir });
  expect(await writer.stop()).toBeGreaterThan(0);
  expect(result.code).toBe(0);
  // A restore lists the bucket to see that it is empty: s3rver then needs bucketRequests.
  s3 = await startS3Server("recourse-restored", { bucketRequests: true });
  target = await createScratchDatabase(SERVER, "recourse_restore");
  scaleEnv = {
    DATABASE_URL: target.url,
    S3_BUCKET: s3.config.bucket,
    S3_ENDPOINT: s3.config.endpoint!,
    S3_REGION: s3.config.region,
    S3_ACCESS_KEY_ID: s3.config.accessKeyId!,
    S3_SECRET_ACCESS_KEY: s3.config.secretAccessKey!,
    S3_FORCE_PATH_STYLE: "true",
    DATA_DIR: path.join(work, "unused"),
  };
}, 180_000);

afterAll(async () => {
  await source?.stop();
  await target?.stop();
  await s3?.stop();
  await rm(work, { recursive: true, force: true });
});

async function tableCount(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    return rows[0].n as number;
  } finally {
    await client.end();
  }
}

describe("embedded → PostgreSQL + S3", () => {
  test("a corrupted file leaves the database and the bucket empty", async () => {
    const { entries } = await readBackup(backupFile);
    const table = entries.get("database/Case.jsonl")!;
    const corrupt = path.join(work, "corrupt.backup");
    const { copyFile, open } = await import("node:fs/promises");
    await copyFile(backupFile, corrupt);
    const handle = await open(corrupt, "r+");
    await handle.write(Buffer.from("X"), 0, 1, table.offset + 10);
    await handle.close();
    const result = await runScript("restore", [corrupt], scaleEnv);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is damaged: database\/Case\.jsonl does not match its checksum/);
    expect(await tableCount(target.url)).toBe(0);
    const store = s3Blobs(scaleEnv);
    for (const part of (await readBackup(backupFile)).manifest.parts.filter((p) => p.kind === "blob")) {
      expect(await store.exists(part.key!)).toBe(false);
    }
    await store.close?.();
  });

  test("a bucket that holds any object, not only one of the backup's, is refused; nothing is written", async () => {
    const store = s3Blobs(scaleEnv);
    const foreign = "someone-else/notes.txt";
    await store.put(foreign, () => Readable.from([Buffer.from("not ours")]), 8);
    try {
      const result = await runScript("restore", [backupFile], scaleEnv);
      // toContain: on Node 20 the AWS SDK prints a support warning to stderr first.
      expect(result.stderr).toContain(
        `[recourse] The bucket recourse-restored is not empty (it holds ${foreign}, for one). ` +
          "A restore goes into an empty bucket: create a new one and point S3_BUCKET at it.\n",
      );
      expect(result.code).toBe(1);
      expect(await tableCount(target.url)).toBe(0);
      for (const part of (await readBackup(backupFile)).manifest.parts.filter((p) => p.kind === "blob")) {
        expect(await store.exists(part.key!)).toBe(false);
      }
      expect(await store.exists(foreign)).toBe(true);
      const zh = await runScript("restore", [backupFile], { ...scaleEnv, LANG: "zh_CN.UTF-8" });
      expect(zh.stderr).toContain(
        `[recourse] 存储桶 recourse-restored 不是空的（例如其中已有 ${foreign}）。` +
          "恢复只能写入空的存储桶：请新建一个存储桶，并让 S3_BUCKET 指向它。\n",
      );
    } finally {
      await store.delete(foreign);
      await store.close?.();
    }
  });

  test("a file changed between its check and its upload: refused, and every upload undone", async () => {
    const { copyFile } = await import("node:fs/promises");
    const changed = path.join(work, "changed.backup");
    await copyFile(backupFile, changed);
    const { manifest, entries } = await readBackup(backupFile);
    // The last blob: the ones before it are uploaded whole first, and must be removed again.
    const blob = manifest.parts.filter((p) => p.kind === "blob").at(-1)!;
    const entry = entries.get(blob.name)!;
    let flipped = false;
    const error = await restoreBackup({
      file: changed,
      env: scaleEnv,
      dataDir: scaleEnv.DATA_DIR!,
      root: process.cwd(),
      // Called once the whole file is verified, before anything is written: the moment to change it.
      log: () => {
        if (flipped) return;
        flipped = true;
        const fd = openSync(changed, "r+");
        const byte = Buffer.alloc(1);
        readSync(fd, byte, 0, 1, entry.offset);
        writeSync(fd, Buffer.from([byte[0]! ^ 0xff]), 0, 1, entry.offset);
        closeSync(fd);
      },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(flipped).toBe(true);
    expect(error).toBeInstanceOf(BackupError);
    expect(say(error as BackupError, "en")).toBe(
      `${changed} is damaged: ${blob.name} does not match its checksum. Nothing was restored.`,
    );
    expect(await tableCount(target.url)).toBe(0);
    const store = s3Blobs(scaleEnv);
    for (const part of manifest.parts.filter((p) => p.kind === "blob")) {
      expect(await store.exists(part.key!), part.key).toBe(false);
    }
    await store.close?.();
  });

  test("every row and blob arrives, chains verify, users sign in; scale mode's own backup matches", async () => {
    const restored = await runScript("restore", [backupFile], scaleEnv);
    expect(restored.stderr).not.toMatch(/restore failed|\[recourse\]/);
    expect(restored.code).toBe(0);
    const { manifest, tables } = await readBackup(backupFile);

    const rows = await rowsOf(target.url);
    for (const [table, lines] of tables) expect(rows.get(table), table).toEqual(lines);

    const store = s3Blobs(scaleEnv);
    for (const line of tables.get("Evidence")!) {
      const { storageKey, sha256: hash } = JSON.parse(line);
      const chunks: Buffer[] = [];
      for await (const chunk of (await store.get(storageKey))!) chunks.push(chunk as Buffer);
      expect(sha256(Buffer.concat(chunks))).toBe(hash);
    }
    await store.close?.();

    // The same format from PostgreSQL and the bucket (before sign-in adds rate-limit rows).
    const scaleFile = path.join(work, "scale.backup");
    const backup = await runScript("backup", ["--out", scaleFile], scaleEnv);
    expect(backup.code).toBe(0);
    const again = await readBackup(scaleFile);
    expect(again.manifest.source).toBe("scale");
    expect(again.manifest.cases).toEqual(manifest.cases);
    for (const [table, lines] of tables) expect(again.tables.get(table), table).toEqual(lines);
    const blobs = (m: typeof manifest) => m.parts.filter((p) => p.kind === "blob").map((p) => `${p.name} ${p.sha256}`);
    expect(blobs(again.manifest)).toEqual(blobs(manifest));

    await pointAppAt(target.url, scaleEnv.DATA_DIR!);
    try {
      expect(await verifyEveryChain()).toEqual({ cases: manifest.cases.length, broken: [] });
      for (const user of users) {
        expect(await authorizeCredentials({ email: user.email, password: PASSWORD }, {})).toEqual(user);
      }
      expect(await db().reminder.count()).toBe(tables.get("Reminder")!.length);
    } finally {
      await pointAppAt(source.url, source.dataDir);
    }

    // A second restore onto the now-populated target is refused with a sentence.
    const twice = await runScript("restore", [backupFile], scaleEnv);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/The bucket recourse-restored is not empty/);
  }, 180_000);
});
