import { readFile, mkdtemp, readdir, rm, writeFile, truncate, copyFile, open } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { db } from "@/lib/db";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres.mjs";
import type { BackupManifest } from "@/scripts/lib/backup/backup.mjs";
import { TarWriter } from "@/scripts/lib/backup/tar.mjs";
import {
  PASSWORD,
  readBackup,
  rowsOf,
  runScript,
  seed,
  sha256,
  startEmbeddedSource,
  pointAppAt,
  verifyEveryChain,
  writerLoop,
} from "./setup/backup-source";

// Embedded to embedded: `npm run backup` against a running installation (its launcher is this
// process: lock, PGlite on the private socket) while a writer appends, then `npm run restore`
// into a fresh DATA_DIR; and every way a bad file or target is refused with nothing written.
let source: Awaited<ReturnType<typeof startEmbeddedSource>>;
let work: string;
let backupFile: string;
let users: { id: string; email: string }[];
let writtenDuringBackup = 0;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "recourse-backup-"));
  source = await startEmbeddedSource();
  users = await seed(3);
  backupFile = path.join(work, "recourse.backup");
  const writer = writerLoop(users[0]!.id);
  const result = await runScript("backup", ["--out", backupFile], { DATA_DIR: source.dataDir });
  writtenDuringBackup = await writer.stop();
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await source?.stop();
  await rm(work, { recursive: true, force: true });
});

/** A copy of a backup with some entries' bytes and the manifest changed, its checksums made right again. */
async function rewriteBackup(
  from: string,
  to: string,
  change: (manifest: BackupManifest, bytes: Map<string, Buffer>) => void,
) {
  const { manifest, entries } = await readBackup(from);
  const whole = await readFile(from);
  const bytes = new Map<string, Buffer>();
  for (const entry of entries.values()) {
    if (!entry.name.startsWith("manifest.json"))
      bytes.set(entry.name, whole.subarray(entry.offset, entry.offset + entry.size));
  }
  change(manifest, bytes);
  for (const part of manifest.parts) {
    const b = bytes.get(part.name)!;
    part.size = b.length;
    part.sha256 = sha256(b);
    if (part.kind === "table") part.rows = b.toString().split("\n").filter(Boolean).length;
  }
  const handle = await open(to, "w");
  const writer = new TarWriter(handle);
  for (const [name, b] of bytes) await writer.add(name, [b]);
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  await writer.add("manifest.json", [manifestBytes]);
  await writer.add("manifest.json.sha256", [sha256(manifestBytes)]);
  await writer.finish();
  await handle.close();
}

const isEmptyOrMissing = async (dir: string) => (await readdir(dir).catch(() => [])).length === 0;

describe("backup of a running embedded installation", () => {
  test("the manifest names the schema level, every part's hash and every case's chain head", async () => {
    const { manifest, tables } = await readBackup(backupFile);
    expect(manifest.format).toBe("recourse-backup");
    const migrations = (await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(manifest.schema.level).toBe(migrations.at(-1));
    expect(writtenDuringBackup).toBeGreaterThan(0);
    // One snapshot: every case of the dump has its chain head, every evidence row its blob.
    expect(manifest.cases.map((c) => c.caseId).sort()).toEqual(
      tables
        .get("Case")!
        .map((l) => JSON.parse(l).id)
        .sort(),
    );
    const evidence = tables.get("Evidence")!.map((l) => JSON.parse(l));
    expect(evidence.length).toBe(12);
    const blobParts = manifest.parts.filter((p) => p.kind === "blob");
    expect(blobParts.map((p) => p.sha256).sort()).toEqual(evidence.map((e) => e.sha256).sort());
    for (const c of manifest.cases) expect(c.head).not.toBeNull();
  });

  test("every backed-up row is the source's row, unchanged (the writer only appended)", async () => {
    const { tables } = await readBackup(backupFile);
    const now = await rowsOf(source.url);
    for (const [table, lines] of tables) {
      const current = new Set(now.get(table));
      for (const line of lines) expect(current.has(line), `${table}: ${line.slice(0, 80)}`).toBe(true);
    }
    expect(now.get("Case")!.length).toBeGreaterThan(tables.get("Case")!.length);
  });
});

describe("restore into a fresh embedded data directory", () => {
  test("every row and blob comes back, chains verify, users sign in with their old passwords", async () => {
    const target = path.join(work, "restored");
    const result = await runScript("restore", [backupFile], { DATA_DIR: target });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const { manifest, tables } = await readBackup(backupFile);

    const restored = await startEmbeddedPostgres({ dataDir: path.join(target, "pglite") });
    try {
      const rows = await rowsOf(restored.url);
      expect([...rows.keys()].sort()).toEqual([...tables.keys()].sort());
      for (const [table, lines] of tables) expect(rows.get(table), table).toEqual(lines);
      // Payment → Evidence links come back (Evidence is loaded before Payment, its foreign key).
      const linked = rows.get("Payment")!.filter((l) => JSON.parse(l).evidenceId !== null);
      expect(linked.length).toBe(6);

      for (const line of tables.get("Evidence")!) {
        const { storageKey, sha256: hash } = JSON.parse(line);
        expect(sha256(await readFile(path.join(target, "evidence", ...storageKey.split("/"))))).toBe(hash);
      }
      // Sessions and emailed unsubscribe links stay valid: the secret that signs them came along.
      expect(await readFile(path.join(target, "auth-secret"), "utf8")).toBe(
        await readFile(path.join(source.dataDir, "auth-secret"), "utf8"),
      );

      await pointAppAt(restored.url, target);
      const chains = await verifyEveryChain();
      expect(chains).toEqual({ cases: manifest.cases.length, broken: [] });
      expect(await db().reminder.count()).toBe(tables.get("Reminder")!.length);
      expect(tables.get("Reminder")!.length).toBeGreaterThan(0);
      for (const user of users) {
        expect(await authorizeCredentials({ email: user.email, password: PASSWORD }, {})).toEqual(user);
      }
    } finally {
      await pointAppAt(source.url, source.dataDir);
      await restored.stop();
    }
  }, 300_000);
});

describe("restore applies the migrations newer than the backup", () => {
  test("a backup one migration behind comes back at this copy's level, its rows intact", async () => {
    const file = path.join(work, "older.backup");
    let dropped = "";
    await rewriteBackup(backupFile, file, (manifest, bytes) => {
      dropped = manifest.schema.migrations.pop()!.name;
      manifest.schema.level = manifest.schema.migrations.at(-1)!.name;
      const history = "database/_prisma_migrations.jsonl";
      const lines = bytes
        .get(history)!
        .toString()
        .split("\n")
        .filter((l) => l && !l.includes(dropped));
      bytes.set(history, Buffer.from(lines.map((l) => l + "\n").join("")));
    });
    const target = path.join(work, "restored-older");
    const result = await runScript("restore", [file], { DATA_DIR: target });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("applied 1 newer migration(s)");
    const restored = await startEmbeddedPostgres({ dataDir: path.join(target, "pglite") });
    try {
      const rows = await rowsOf(restored.url);
      const names = rows.get("_prisma_migrations")!.map((l) => JSON.parse(l).migration_name);
      expect(names).toContain(dropped);
      const { tables } = await readBackup(backupFile);
      expect(rows.get("Case")!.map((l) => JSON.parse(l).id)).toEqual(tables.get("Case")!.map((l) => JSON.parse(l).id));
      expect(rows.get("AuditEntry")).toEqual(tables.get("AuditEntry"));
    } finally {
      await restored.stop();
    }
  }, 300_000);
});

describe("bad input is refused with a sentence and nothing is written", () => {
  async function refused(
    file: string,
    pattern: RegExp,
    target = path.join(work, `t-${Math.random().toString(36).slice(2)}`),
  ) {
    const result = await runScript("restore", [file], { DATA_DIR: target });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toMatch(/\bat \S+:\d+/); // a sentence, not a stack
    expect(await isEmptyOrMissing(target)).toBe(true);
    return result;
  }

  test("a corrupted blob", async () => {
    const file = path.join(work, "corrupt.backup");
    await copyFile(backupFile, file);
    const { entries } = await readBackup(file);
    const blob = [...entries.values()].find((e) => e.name.startsWith("blobs/"))!;
    const handle = await open(file, "r+");
    const byte = Buffer.alloc(1);
    await handle.read(byte, 0, 1, blob.offset);
    await handle.write(Buffer.from([byte[0]! ^ 0xff]), 0, 1, blob.offset);
    await handle.close();
    await refused(file, new RegExp(`is damaged: ${blob.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} does not match`));
  });

  test("a truncated file", async () => {
    const file = path.join(work, "truncated.backup");
    await copyFile(backupFile, file);
    const { size } = await (await open(file)).stat();
    await truncate(file, Math.floor(size / 2));
    await refused(file, /is incomplete: it ends in the middle/);
  });

  test("a foreign file", async () => {
    const file = path.join(work, "photo.jpg");
    await writeFile(file, Buffer.alloc(4096, 7));
    await refused(file, /is not a Recourse backup/);
  });

  test("a backup from a newer schema, in Chinese when the shell speaks Chinese", async () => {
    const file = path.join(work, "newer.backup");
    await rewriteBackup(backupFile, file, (manifest) => {
      manifest.schema.migrations.push({ name: "20991231000000_future", checksum: "0".repeat(64) });
    });
    await refused(file, /newer version of Recourse \(its database has migration 20991231000000_future/);
    const target = path.join(work, "zh-target");
    const zh = await runScript("restore", [file], { DATA_DIR: target, LANG: "zh_CN.UTF-8" });
    expect(zh.stderr).toContain(
      "这个备份由更新版本的 Recourse 生成（其数据库包含本程序不认识的迁移 20991231000000_future）。",
    );
  });

  test("a backup in a newer format", async () => {
    const file = path.join(work, "newer-format.backup");
    await rewriteBackup(backupFile, file, (manifest) => {
      manifest.formatVersion = 2;
    });
    await refused(
      file,
      /^\[recourse\] This backup was made by a newer version of Recourse \(backup format 2\)\. Update Recourse, then restore\.\n$/,
    );
    const zh = await runScript("restore", [file], { DATA_DIR: path.join(work, "zh-format"), LANG: "zh_CN.UTF-8" });
    expect(zh.stderr).toBe(
      "[recourse] 这个备份由更新版本的 Recourse 生成（备份格式 2）。请先更新 Recourse，再恢复。\n",
    );
  });

  test("a non-empty target directory is left as it was", async () => {
    const target = path.join(work, "occupied");
    await rm(target, { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(target));
    await writeFile(path.join(target, "notes.txt"), "mine");
    const result = await runScript("restore", [backupFile], { DATA_DIR: target });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not empty\. A restore goes into an empty directory/);
    expect(await readdir(target)).toEqual(["notes.txt"]);
  });

  test("a database that does not answer gets a sentence, not a stack", async () => {
    const nowhere = { DATABASE_URL: "postgres://postgres@127.0.0.1:1/recourse", DATA_DIR: path.join(work, "unused") };
    const backup = await runScript("backup", ["--out", path.join(work, "never.backup")], nowhere);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toMatch(
      /^\[recourse\] The database in DATABASE_URL cannot be reached: .*\. Nothing was changed\.\n$/,
    );
    expect(await readdir(work)).not.toContain("never.backup");
    const restore = await runScript("restore", [backupFile], nowhere);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/cannot be reached/);
  });

  test("a backup never overwrites a file", async () => {
    const result = await runScript("backup", ["--out", backupFile], { DATA_DIR: source.dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already exists/);
  });
});

describe("a full disk", () => {
  // tests/setup/disk-full.mjs sends the writes to the files matching RECOURSE_TEST_DISK_FULL to
  // /dev/full: ENOSPC from the kernel, after the file itself was created.
  const diskFull = ["--import", path.join(process.cwd(), "tests", "setup", "disk-full.mjs")];

  test("backup: a sentence, exit code 1, and no partial file left", async () => {
    const dir = await mkdtemp(path.join(work, "full-"));
    const result = await runScript(
      "backup",
      ["--out", path.join(dir, "full.backup")],
      { DATA_DIR: source.dataDir, RECOURSE_TEST_DISK_FULL: String.raw`/full\.backup\.partial-\d+$` },
      diskFull,
    );
    expect(result.stderr).toBe(`[recourse] The disk holding ${dir} is full. Nothing was written.\n`);
    expect(result.code).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  test("restore: a sentence (in Chinese here), exit code 1, and the target left empty", async () => {
    const target = path.join(work, "full-restore");
    const result = await runScript(
      "restore",
      [backupFile],
      { DATA_DIR: target, LANG: "zh_CN.UTF-8", RECOURSE_TEST_DISK_FULL: String.raw`/full-restore/evidence/.*\.tmp-` },
      diskFull,
    );
    expect(result.stderr).toMatch(/^\[recourse\] (\S+) 所在的磁盘已满（约需 \d+ MB）。未恢复任何内容。\n$/);
    expect(result.stderr).toContain(`${target} 所在的磁盘已满`);
    expect(result.code).toBe(1);
    expect(await isEmptyOrMissing(target)).toBe(true);
  }, 120_000);
});

describe("backup of a stopped embedded installation", () => {
  test("the backup takes the data directory itself and gives it back", async () => {
    await source.stop();
    const file = path.join(work, "stopped.backup");
    const result = await runScript("backup", ["--out", file], { DATA_DIR: source.dataDir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const { manifest } = await readBackup(file);
    expect(manifest.cases.length).toBeGreaterThan((await readBackup(backupFile)).manifest.cases.length);
    expect(await readdir(source.dataDir)).not.toContain("recourse.lock");
  }, 60_000);
});
