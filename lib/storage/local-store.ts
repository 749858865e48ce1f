import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { copyFile, mkdir, open, readdir, rename, rm, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertValidKey, BlobNotFoundError, type BlobListing, type BlobSource, type BlobStore } from "./blob-store";

/**
 * Blobs as files under `root` (DATA_DIR/evidence by default). A put writes a
 * hidden temp file beside the target and renames it, so a reader never sees
 * half a blob and a crash leaves at most a `.tmp-*` file behind.
 */
export function createLocalStore(rootDir: string): BlobStore {
  const root = path.resolve(rootDir);
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
        if ("path" in source) {
          // A delete may have just removed the (then empty) folder: make it again, once.
          await copyFile(source.path, tmp).catch(async (error: NodeJS.ErrnoException) => {
            if (error.code !== "ENOENT") throw error;
            await mkdir(path.dirname(target), { recursive: true });
            await copyFile(source.path, tmp);
          });
        } else await pipeline(source.stream, createWriteStream(tmp, { flags: "wx" }));
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
      const target = file(key);
      await rm(target, { force: true });
      // An empty case folder is a trace of a case that is gone: remove empty folders up to the root.
      for (let dir = path.dirname(target); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
        const removed = await rmdir(dir).then(
          () => true,
          () => false,
        );
        if (!removed) break;
      }
    },

    async *list(): AsyncIterable<BlobListing> {
      const walk = async function* (dir: string, prefix: string): AsyncIterable<BlobListing> {
        const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
          const full = path.join(dir, entry.name);
          const key = prefix ? `${prefix}/${entry.name}` : entry.name;
          if (entry.isDirectory()) yield* walk(full, key);
          else if (entry.isFile()) {
            const info = await stat(full).catch(() => null);
            if (info) yield { key, modifiedAt: info.mtime };
          }
        }
      };
      yield* walk(root, "");
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
