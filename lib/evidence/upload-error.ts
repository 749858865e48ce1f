import type { EvidenceRefusal } from "./classify-evidence";

/** HTTP statuses the evidence routes answer with, and nothing else. */
export type UploadStatus = 401 | 404 | 413 | 415 | 422 | 429;

export type UploadErrorCode =
  | "unauthenticated"
  | "not_found"
  | "file_too_large"
  | "request_too_large"
  | "case_full"
  | "storage_full"
  | "too_many_uploads"
  | "too_many_files"
  | "no_file"
  | "malformed"
  | "unreadable_name"
  | "interrupted"
  | "duplicate"
  | "unknown_item"
  | `refused_${EvidenceRefusal}`;

const STATUS: Record<string, UploadStatus> = {
  unauthenticated: 401,
  not_found: 404,
  file_too_large: 413,
  request_too_large: 413,
  case_full: 413,
  storage_full: 413,
  too_many_uploads: 429,
  too_many_files: 413,
};

/**
 * An expected upload failure: the code is stable (API clients, tests), the
 * message key lives under `evidence.errors.<code>`, `values` fill it in.
 */
export class UploadError extends Error {
  readonly status: UploadStatus;
  constructor(
    readonly code: UploadErrorCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`evidence upload: ${code}`);
    this.name = "UploadError";
    this.status = STATUS[code] ?? (code.startsWith("refused_") ? 415 : 422);
  }
}
