#!/usr/bin/env node
// `npm run restore -- <file>`: onto an empty DATA_DIR, or onto DATABASE_URL + S3_BUCKET when
// set (how an embedded installation moves to scale mode). See scripts/lib/backup/restore.mjs.
import path from "node:path";
import { BackupError, describe } from "./lib/backup/messages.mjs";
import { restoreBackup } from "./lib/backup/restore.mjs";
import { cliEnvironment } from "./lib/cli-env.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!file) {
  console.error(describe(new BackupError("USAGE_RESTORE")));
  process.exit(2);
}
process.umask(0o077);
const { env, dataDir } = await cliEnvironment(root);
const { templatePath } = await import("../lib/db/pglite-memory.mjs");
const started = Date.now();
try {
  const { manifest, laterMigrations } = await restoreBackup({
    file: path.resolve(process.cwd(), file),
    env,
    dataDir,
    root,
    template: templatePath(root),
    log: (line) => console.log(`[recourse] ${line}`),
  });
  const target = env.DATABASE_URL ? "DATABASE_URL" + (env.S3_BUCKET ? " + S3_BUCKET" : "") : dataDir;
  console.log(
    `[recourse] restored ${manifest.cases.length} cases into ${target}` +
      `${laterMigrations ? ` and applied ${laterMigrations} newer migration(s)` : ""} in ${Date.now() - started} ms.`,
  );
} catch (error) {
  console.error(
    `[recourse] ${error instanceof BackupError ? describe(error) : `restore failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}`,
  );
  process.exit(1);
}
