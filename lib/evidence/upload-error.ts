import { AppError } from "@/lib/errors";
import type { EvidenceRefusal } from "./classify-evidence";

/** HTTP statuses an upload refusal answers with (401 and 404 are UnauthenticatedError's and NotFoundError's). */
export type UploadStatus = 413 | 415 | 422 | 429;

export type UploadErrorCode =
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
export class UploadError extends AppError {
  declare readonly code: UploadErrorCode;
  constructor(code: UploadErrorCode, values: Record<string, string | number> = {}) {
    const status = STATUS[code] ?? (code.startsWith("refused_") ? 415 : 422);
    super(code, status, `evidence.errors.${code}`, {
      detail: `evidence upload: ${code}`,
      values,
      headers: status === 429 ? { "Retry-After": "3600" } : {},
    });
  }
}
