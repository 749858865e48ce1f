export const STATUS_FILE: string;
export function backupFileName(now: Date): string;
export function readStatus(dataDir: string): Promise<Record<string, unknown>>;
export function pruneBackups(dir: string, keep: number): Promise<string[]>;
export function startScheduledBackups(options: {
  root: string;
  dataDir: string;
  env: Record<string, string | undefined>;
  log: (line: string) => void;
  firstRunMs?: number;
}): Promise<{ stop: () => Promise<void>; runNow: () => Promise<boolean> } | null>;
