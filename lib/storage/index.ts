import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import type { BlobStore } from "./blob-store";
import { createLocalStore } from "./local-store";
import { createS3Store } from "./s3-store";

export { BlobNotFoundError, assertValidKey, type BlobListing, type BlobSource, type BlobStore } from "./blob-store";
export { createLocalStore } from "./local-store";
export { createS3Store, type S3StoreConfig } from "./s3-store";

let cached: { store: BlobStore; signature: string } | undefined;

/** The configured store: S3-compatible when S3_BUCKET is set, else DATA_DIR/evidence. */
export function blobStore(): BlobStore {
  const e = env();
  // Tests switch DATA_DIR between files; rebuild when the configuration changes.
  const signature = JSON.stringify([e.DATA_DIR, e.S3_BUCKET, e.S3_ENDPOINT, e.S3_REGION, e.S3_FORCE_PATH_STYLE]);
  if (cached?.signature === signature) return cached.store;
  const store = e.S3_BUCKET
    ? createS3Store({
        bucket: e.S3_BUCKET,
        endpoint: e.S3_ENDPOINT,
        region: e.S3_REGION,
        accessKeyId: e.S3_ACCESS_KEY_ID,
        secretAccessKey: e.S3_SECRET_ACCESS_KEY,
        forcePathStyle: e.S3_FORCE_PATH_STYLE,
      })
    : createLocalStore(path.resolve(e.DATA_DIR, "evidence"));
  cached = { store, signature };
  return store;
}
