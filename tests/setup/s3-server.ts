import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";
import type { S3StoreConfig } from "@/lib/storage/s3-store";

/**
 * A real S3-protocol server (s3rver) on 127.0.0.1, a free port, its own
 * directory. The bucket is made through configureBuckets: s3rver's
 * CreateBucket signature check fails against SDK v3.
 *
 * `bucketRequests`: s3rver canonicalises a bucket-level request (listing) as "/bucket" where
 * SDK v3 signs "/bucket/", so it refuses every listing as SignatureDoesNotMatch. Tests that
 * list ask for this; the server then accepts any signature (the others keep checking them).
 */
export async function startS3Server(bucket = "recourse-test", { bucketRequests = false } = {}) {
  const directory = await mkdtemp(path.join(os.tmpdir(), "recourse-s3-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
    allowMismatchedSignatures: bucketRequests,
  });
  const { port } = await server.run();
  const config: S3StoreConfig = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  };
  return {
    config,
    directory,
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
