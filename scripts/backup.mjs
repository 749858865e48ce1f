#!/usr/bin/env node
// `npm run backup -- --out <file>`: see scripts/lib/backup/backup.mjs and README, "Backups and
// moving to PostgreSQL". Works with the app running (through its private socket) or stopped.
import path from "node:path";
import { createBackup } from "./lib/backup/backup.mjs";
import { BackupError, describe } from "./lib/backup/messages.mjs";
import { cliEnvironment } from "./lib/cli-env.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const args = process.argv.slice(2);
const at = args.indexOf("--out");
const out = at >= 0 ? args[at + 1] : undefined;
if (!out) {
  console.error(describe(new BackupError("USAGE_BACKUP")));
  process.exit(2);
}
process.umask(0o077);
const { env, dataDir } = await cliEnvironment(root);
const started = Date.now();
try {
  const { manifest, bytes } = await createBackup({ out: path.resolve(process.cwd(), out), env, dataDir });
  const blobs = manifest.parts.filter((p) => p.kind === "blob").length;
  console.log(
    `[recourse] backup written: ${path.resolve(process.cwd(), out)} (${(bytes / 2 ** 20).toFixed(1)} MB; ` +
      `${manifest.cases.length} cases, ${blobs} evidence files, schema ${manifest.schema.level}; ${Date.now() - started} ms)`,
  );
} catch (error) {
  console.error(
    `[recourse] ${error instanceof BackupError ? describe(error) : `backup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}`,
  );
  process.exit(1);
}
