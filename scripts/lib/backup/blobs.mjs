// Evidence blobs for backup and restore, outside the app's TypeScript (the launcher runs this
// as plain Node): DATA_DIR/evidence on disk, or the S3_BUCKET the app uses — configured from
// the same variables as lib/storage, with the same key rule.
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*$/;

function checkKey(key) {
  if (!KEY.test(key) || key.split("/").some((p) => p === "." || p === "..") || key.length > 512) {
    throw new RangeError(`Invalid blob key "${key}"`);
  }
}

/** @returns {{ kind: "local" | "s3", describe: string, get(key: string): Promise<Readable | null>, put(key: string, body: () => Readable, size: number): Promise<void>, delete(key: string): Promise<void>, exists(key: string): Promise<boolean> }} */
export function blobsFromEnv(env, dataDir) {
  if (env.S3_BUCKET) return s3Blobs(env);
  return localBlobs(path.join(dataDir, "evidence"));
}

export function localBlobs(root) {
  const file = (key) => {
    checkKey(key);
    return path.join(root, ...key.split("/"));
  };
  return {
    kind: "local",
    describe: root,
    async get(key) {
      const handle = await open(file(key), "r").catch((error) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
      return handle ? handle.createReadStream() : null;
    },
    async put(key, body, size) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      const tmp = path.join(path.dirname(target), `.tmp-${randomUUID()}`);
      try {
        await pipeline(body(), createWriteStream(tmp, { flags: "wx", mode: 0o600 }));
        if ((await stat(tmp)).size !== size) throw new Error(`blob ${key}: wrong size`);
        await rename(tmp, target);
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
    },
    async delete(key) {
      await rm(file(key), { force: true });
    },
    async exists(key) {
      return (await stat(file(key)).catch(() => null)) !== null;
    },
  };
}

export function s3Blobs(env) {
  let ready;
  const connect = () =>
    (ready ??= import("@aws-sdk/client-s3").then((sdk) => {
      const credentials =
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
          : undefined;
      const client = new sdk.S3Client({
        region: env.S3_REGION || "us-east-1",
        endpoint: env.S3_ENDPOINT || undefined,
        forcePathStyle: env.S3_FORCE_PATH_STYLE === "true" || env.S3_FORCE_PATH_STYLE === "1",
        credentials,
        // As lib/storage/s3-store.ts: S3-compatible servers refuse aws-chunked bodies with trailing checksums.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
      });
      return { sdk, client };
    }));
  const Bucket = env.S3_BUCKET;
  return {
    kind: "s3",
    describe: `s3://${Bucket}`,
    async get(key) {
      checkKey(key);
      const { sdk, client } = await connect();
      try {
        const { Body } = await client.send(new sdk.GetObjectCommand({ Bucket, Key: key }));
        return Body instanceof Readable ? Body : Readable.from(Body);
      } catch (error) {
        if (error?.name === "NoSuchKey" || error?.$metadata?.httpStatusCode === 404) return null;
        throw error;
      }
    },
    async put(key, body, size) {
      checkKey(key);
      const { sdk, client } = await connect();
      const Body = body();
      try {
        await client.send(new sdk.PutObjectCommand({ Bucket, Key: key, Body, ContentLength: size }));
      } finally {
        Body.destroy();
      }
    },
    async delete(key) {
      const { sdk, client } = await connect();
      await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: key }));
    },
    async exists(key) {
      checkKey(key);
      const { sdk, client } = await connect();
      try {
        await client.send(new sdk.HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (error) {
        if (error?.name === "NotFound" || error?.$metadata?.httpStatusCode === 404) return false;
        throw error;
      }
    },
    async close() {
      if (ready) (await ready).client.destroy();
    },
  };
}

export { createReadStream };
