// The data directory holds the database, the session secret and mail: private to
// the OS user running Recourse. Created 0700; anything already in it is tightened
// to 0700 (directories) / 0600 (files), so an install from before this rule is fixed too.
import { constants } from "node:fs";
import { access, chmod, lstat, mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";

/** A message a person can act on, for the errors a bad DATA_DIR gives. */
function explain(dataDir, error) {
  switch (error.code) {
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
      return `The data directory ${dataDir} cannot be used: ${error.message}`;
  }
}

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
 * @param {string} dataDir absolute path
 * @returns {Promise<{ ok: true } | { ok: false, message: string }>}
 */
export async function prepareDataDir(dataDir) {
  try {
    const existing = await lstat(dataDir).catch((error) => (error.code === "ENOENT" ? null : Promise.reject(error)));
    if (existing && !(await stat(dataDir)).isDirectory()) {
      return { ok: false, message: explain(dataDir, { code: "ENOTDIR" }) };
    }
    if (!existing) await mkdir(dataDir, { recursive: true, mode: 0o700 });
    await access(dataDir, constants.W_OK);
    await tighten(dataDir);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: explain(dataDir, error) };
  }
}
