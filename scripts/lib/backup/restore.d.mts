import type { BackupManifest } from "./backup.mjs";
import type { TarEntry } from "./tar.mjs";
export function verifyBackup(
  file: string,
  migrationsDir: string,
): Promise<{
  manifest: BackupManifest;
  entries: Map<string, TarEntry>;
  migrations: Array<{ name: string; sql: string }>;
}>;
export function restoreBackup(options: {
  file: string;
  env: Record<string, string | undefined>;
  dataDir: string;
  root: string;
  template?: string;
  log?: (line: string) => void;
}): Promise<{ manifest: BackupManifest; laterMigrations: number }>;
