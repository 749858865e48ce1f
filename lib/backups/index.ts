import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { backupHealth, type BackupHealth, type BackupStatus } from "./health";

export { backupHealth, type BackupHealth, type BackupStatus } from "./health";

/** The scheduled backups' health for the dashboard; "off" when none are scheduled (or in scale mode). */
export async function readBackupHealth(now: Date): Promise<BackupHealth> {
  const e = env();
  if (!e.BACKUP_EVERY_HOURS) return { kind: "off" };
  let status: BackupStatus | null = null;
  try {
    status = JSON.parse(await readFile(path.resolve(e.DATA_DIR, "backup-status.json"), "utf8")) as BackupStatus;
  } catch {
    // Not written yet (the launcher writes it when the schedule starts): nothing to show.
  }
  return backupHealth(status, now);
}
