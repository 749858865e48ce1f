// The data directory holds the database, the session secret and mail: private to
// the OS user running Recourse. Created 0700; anything already in it is tightened
// to 0700 (directories) / 0600 (files), so an install from before this rule is fixed too.
import { constants } from "node:fs";
import { access, chmod, lstat, mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { errnoCode } from "./errno.mjs";

/**
 * A message a person can act on, for the errors a bad DATA_DIR gives.
 * @param {string} dataDir
 * @param {unknown} error
 */
export function explainDataDirError(dataDir, error) {
  switch (errnoCode(error)) {
    case "EROFS":
      return `The data directory ${dataDir} is on a read-only file system. Set DATA_DIR to a writable directory.`;
    case "EACCES":
    case "EPERM":
      return `No permission to write the data directory ${dataDir}. Set DATA_DIR to a directory you own, or fix its permissions.`;
    case "EEXIST":
    case "ENOTDIR":
      return `DATA_DIR ${dataDir} (or a folder above it) is a file, not a directory. Set DATA_DIR to a directory.`;
    case "ENOENT":
      return `The data directory ${dataDir} cannot be created: a folder above it is missing or was removed. Create it or set DATA_DIR.`;
    case "ENOSPC":
      return `The disk holding the data directory ${dataDir} is full.`;
    default:
      return `The data directory ${dataDir} cannot be used: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** @param {string} dir */
async function tighten(dir) {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await tighten(full);
    else if (entry.isFile()) await chmod(full, 0o600);
    // Sockets are chmod-ed by their server; symlinks are left alone.
  }
}

/**
 * A recursive mkdir reports ENOENT for most failures; the nearest folder that exists
 * says what is really wrong (read-only, no permission, a file in the way).
 * @param {string} dataDir
 * @returns {(error: unknown) => Promise<never>}
 */
function whyNotCreated(dataDir) {
  return async (error) => {
    let ancestor = path.dirname(dataDir);
    for (;;) {
      const found = await stat(ancestor).catch(() => null);
      if (found) {
        if (!found.isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
        await access(ancestor, constants.W_OK);
        throw error;
      }
      const parent = path.dirname(ancestor);
      if (parent === ancestor) throw error;
      ancestor = parent;
    }
  };
}

/**
 * @param {string} dataDir absolute path
 * @returns {Promise<{ ok: true } | { ok: false, message: string }>}
 */
export async function prepareDataDir(dataDir) {
  try {
    const existing = await lstat(dataDir).catch((error) =>
      errnoCode(error) === "ENOENT" ? null : Promise.reject(error),
    );
    if (existing && !(await stat(dataDir)).isDirectory()) {
      return { ok: false, message: explainDataDirError(dataDir, { code: "ENOTDIR" }) };
    }
    if (!existing) await mkdir(dataDir, { recursive: true, mode: 0o700 }).catch(whyNotCreated(dataDir));
    await access(dataDir, constants.W_OK);
    await tighten(dataDir);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: explainDataDirError(dataDir, error) };
  }
}
