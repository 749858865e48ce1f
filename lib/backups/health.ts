/** What the launcher's scheduler last wrote to DATA_DIR/backup-status.json (scripts/lib/scheduled-backups.mjs). */
export interface BackupStatus {
  everyHours?: number;
  scheduledSince?: string;
  lastSuccessAt?: string;
  lastFailureAt?: string;
  lastError?: string;
}

export type BackupHealth =
  | { readonly kind: "off" }
  | { readonly kind: "ok"; readonly lastSuccessAt: Date }
  | { readonly kind: "failed"; readonly at: Date; readonly detail: string | null }
  | { readonly kind: "overdue"; readonly lastSuccessAt: Date | null };

const HOUR = 3_600_000;
const instant = (value: unknown): Date | null => {
  if (typeof value !== "string") return null;
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t) : null;
};

/**
 * Failed: the last attempt failed. Overdue: no success for the interval plus an hour of grace
 * (a backup of a large installation takes minutes; a launcher stopped for a while comes back and
 * catches up within a minute), counted from the last success or, before the first, from when the
 * schedule started.
 */
export function backupHealth(status: BackupStatus | null, now: Date): BackupHealth {
  const everyHours = Number(status?.everyHours);
  if (!status || !(everyHours > 0)) return { kind: "off" };
  const success = instant(status.lastSuccessAt);
  const failure = instant(status.lastFailureAt);
  if (failure && (!success || failure > success)) {
    return { kind: "failed", at: failure, detail: status.lastError ? String(status.lastError) : null };
  }
  const since = success ?? instant(status.scheduledSince);
  if (since && now.getTime() - since.getTime() > everyHours * HOUR + HOUR) {
    return { kind: "overdue", lastSuccessAt: success };
  }
  return success ? { kind: "ok", lastSuccessAt: success } : { kind: "off" };
}
