import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { copyFile, mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertValidKey, BlobNotFoundError, type BlobSource, type BlobStore } from "./blob-store";

/**
 * Blobs as files under `root` (DATA_DIR/evidence by default). A put writes a
 * hidden temp file beside the target and renames it, so a reader never sees
 * half a blob and a crash leaves at most a `.tmp-*` file behind.
 */
export function createLocalStore(root: string): BlobStore {
  const file = (key: string) => {
    assertValidKey(key);
    return path.join(root, ...key.split("/"));
  };

  return {
    driver: "local",

    async put(key, source: BlobSource, size) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = path.join(path.dirname(target), `.tmp-${randomUUID()}`);
      try {
        if ("path" in source) await copyFile(source.path, tmp);
        else await pipeline(source.stream, createWriteStream(tmp, { flags: "wx" }));
        const written = (await stat(tmp)).size;
        if (written !== size) throw new Error(`Blob "${key}": expected ${size} bytes, got ${written}`);
        await rename(tmp, target);
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
    },

    async get(key): Promise<Readable> {
      // Open first: a missing blob is an error here, not a late stream error.
      const handle = await open(file(key), "r").catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") throw new BlobNotFoundError(key);
        throw error;
      });
      return handle.createReadStream();
    },

    async delete(key) {
      await rm(file(key), { force: true });
    },

    async exists(key) {
      try {
        return (await stat(file(key))).isFile();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
        throw error;
      }
    },
  };
}
