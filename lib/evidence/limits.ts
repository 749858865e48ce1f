import "server-only";
import path from "node:path";
import { env } from "@/lib/env";

export interface EvidenceLimits {
  maxFileBytes: number;
  maxCaseBytes: number;
  /** file parts in one request */
  maxFiles: number;
}

const MIB = 1024 * 1024;

/** From EVIDENCE_MAX_FILE_MB / EVIDENCE_MAX_CASE_MB (25 and 500 by default). */
export function evidenceLimits(): EvidenceLimits {
  const e = env();
  return {
    maxFileBytes: Math.floor(e.EVIDENCE_MAX_FILE_MB * MIB),
    maxCaseBytes: Math.floor(e.EVIDENCE_MAX_CASE_MB * MIB),
    maxFiles: 10,
  };
}

/** Upload temp files sit beside the data, so a local store's copy stays on one disk. */
export function uploadTmpDir(): string {
  return path.resolve(env().DATA_DIR, "tmp", "uploads");
}
