import type { Readable } from "node:stream";
import { NotFoundError } from "@/lib/errors";

/** Where a blob comes from: a finished file on disk, or a stream of known length. */
export type BlobSource = { path: string } | { stream: Readable };

/**
 * Evidence blobs, addressed by key. Keys are ours (`cases/<caseId>/<sha256>`),
 * never a user's file name. Both drivers honour the same contract
 * (lib/storage/storage.contract.test.ts).
 */
export interface BlobStore {
  readonly driver: "local" | "s3";
  /** Stores exactly `size` bytes under `key`, replacing any blob there. */
  put(key: string, source: BlobSource, size: number): Promise<void>;
  /** The blob's bytes; throws BlobNotFoundError when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the blob; removing a missing blob is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /**
   * Every object in the store, in no particular order, with when it was last written; on disk
   * this includes the `.tmp-*` files a crash mid-put leaves. Housekeeping compares it with the
   * rows (lib/maintenance/sweep-orphan-blobs.ts).
   */
  list(): AsyncIterable<BlobListing>;
}

export interface BlobListing {
  key: string;
  modifiedAt: Date;
}

/** Nothing stored under the key: a 404 to whoever asked for it. */
export class BlobNotFoundError extends NotFoundError {
  constructor(readonly key: string) {
    super(`blob "${key}"`);
  }
}

const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*$/;

/** Keys are path-like but may never climb out of the store's root. */
export function assertValidKey(key: string): void {
  if (!KEY.test(key) || key.split("/").some((part) => part === "." || part === "..") || key.length > 512) {
    throw new RangeError(`Invalid blob key "${key}"`);
  }
}
