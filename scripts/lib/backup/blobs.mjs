// Evidence blobs for backup and restore, outside the app's TypeScript (the launcher runs this
// as plain Node): DATA_DIR/evidence on disk, or the S3_BUCKET the app uses — configured from
// the same variables as lib/storage, with the same key rule.
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { errnoCode } from "../errno.mjs";

const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*$/;

/**
 * @typedef {{
 *   kind: "local" | "s3",
 *   describe: string,
 *   get(key: string): Promise<Readable | null>,
 *   put(key: string, body: () => Readable, size: number): Promise<void>,
 *   delete(key: string): Promise<void>,
 *   exists(key: string): Promise<boolean>,
 *   anyKey(): Promise<string | null>,
 *   close?(): Promise<void>,
 * }} Blobs
 */

/** @param {string} key */
function checkKey(key) {
  if (!KEY.test(key) || key.split("/").some((p) => p === "." || p === "..") || key.length > 512) {
    throw new RangeError(`Invalid blob key "${key}"`);
  }
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} dataDir
 * @returns {Blobs}
 */
export function blobsFromEnv(env, dataDir) {
  if (env.S3_BUCKET) return s3Blobs(env);
  return localBlobs(path.join(dataDir, "evidence"));
}

/** @param {string} root @returns {Blobs} */
export function localBlobs(root) {
  /** @param {string} key */
  const file = (key) => {
    checkKey(key);
    return path.join(root, ...key.split("/"));
  };
  return {
    kind: "local",
    describe: root,
    async get(key) {
      const handle = await open(file(key), "r").catch((error) => {
        if (errnoCode(error) === "ENOENT") return null;
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
    async anyKey() {
      // Any entry at all, even a stray file that is no key: the directory is not empty.
      const names = await readdir(root).catch((error) => {
        if (errnoCode(error) === "ENOENT") return [];
        throw error;
      });
      return names[0] ?? null;
    },
  };
}

/**
 * An S3 client's "not there": NoSuchKey / NotFound, or a bare 404 from S3-compatible servers.
 * @param {unknown} error
 * @param {string} name
 */
function isMissing(error, name) {
  if (typeof error !== "object" || error === null) return false;
  if ("name" in error && error.name === name) return true;
  const metadata = "$metadata" in error ? error.$metadata : undefined;
  return (
    typeof metadata === "object" && metadata !== null && "httpStatusCode" in metadata && metadata.httpStatusCode === 404
  );
}

/** @param {Record<string, string | undefined>} env @returns {Blobs} */
export function s3Blobs(env) {
  /** @type {Promise<{ sdk: typeof import("@aws-sdk/client-s3"), client: import("@aws-sdk/client-s3").S3Client }> | undefined} */
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
        // As lib/storage/s3-store.ts: in Node the SDK's body is a Readable (an IncomingMessage).
        if (!(Body instanceof Readable)) throw new Error("S3 GetObject returned no Node stream");
        return Body;
      } catch (error) {
        if (isMissing(error, "NoSuchKey")) return null;
        throw error;
      }
    },
    async put(key, body, size) {
      checkKey(key);
      const { sdk, client } = await connect();
      const Body = body();
      // The SDK pipes the body into the request, and pipe() does not pass a read error on: the
      // request would wait for the rest of its Content-Length. An error aborts it instead.
      const abort = new AbortController();
      const onError = () => abort.abort();
      Body.once("error", onError);
      try {
        await client.send(new sdk.PutObjectCommand({ Bucket, Key: key, Body, ContentLength: size }), {
          abortSignal: abort.signal,
        });
      } finally {
        Body.off("error", onError);
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
        if (isMissing(error, "NotFound")) return false;
        throw error;
      }
    },
    async anyKey() {
      const { sdk, client } = await connect();
      // ListObjects (v1), as lib/storage/s3-store.ts lists: every S3-compatible server has it.
      // No prefix: the app keeps its evidence at the bucket's root, so any object counts.
      const page = await client.send(new sdk.ListObjectsCommand({ Bucket, MaxKeys: 1 }));
      return page.Contents?.[0]?.Key ?? null;
    },
    async close() {
      if (ready) (await ready).client.destroy();
    },
  };
}

export { createReadStream };
