export const FORMAT: string;
export const FORMAT_VERSION: number;
export const MANIFEST: string;
export const MANIFEST_SUM: string;
export type BackupPart = {
  name: string;
  kind: "table" | "blob" | "secret";
  size: number;
  sha256: string;
  table?: string;
  rows?: number;
  key?: string;
};
export type BackupManifest = {
  format: string;
  formatVersion: number;
  createdAt: string;
  source: "embedded" | "scale";
  schema: { level: string | null; migrations: Array<{ name: string; checksum: string }> };
  tables: string[];
  parts: BackupPart[];
  cases: Array<{ caseId: string; head: { seq: number; hash: string } | null }>;
};
export function createBackup(options: {
  out: string;
  env: Record<string, string | undefined>;
  dataDir: string;
  now?: Date;
}): Promise<{ manifest: BackupManifest; bytes: number }>;
export function freeBytes(dir: string): Promise<number | null>;
