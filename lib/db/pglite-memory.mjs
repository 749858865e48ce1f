// PGlite memory settings for the embedded mode (ADR 0012, 0020). Measured on a fresh data
// directory: PGlite.create runs initdb with three WebAssembly instances alive at once (the
// server, a scratch server and initdb itself) and keeps them until a garbage collection that an
// idle launcher never triggers: 700+ MB RSS that stayed. Loading a tarball of an initialised
// directory (`loadDataDir`) avoids initdb but unpacks it in JavaScript and still left ~120 MB
// behind for good. Copying a ready directory with the file system costs the launcher nothing.
import { existsSync, readFileSync } from "node:fs";
import { cp, readdir, rename, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { PGlite } from "@electric-sql/pglite";

/**
 * One person's data: Postgres' server defaults (128 MB shared buffers, 64 MB for index
 * builds) are sized for a shared server and live inside the WebAssembly heap, which never
 * shrinks. Smaller buffers cost re-reads from the page cache on large scans, which the
 * operating system serves from memory anyway.
 */
export const PGLITE_START_PARAMS = [
  ...PGlite.defaultStartParams,
  ...["-c", "shared_buffers=16MB", "-c", "maintenance_work_mem=16MB", "-c", "work_mem=2MB", "-c", "temp_buffers=2MB"],
];

/**
 * Where `npm run build` leaves an initialised, empty data directory for this PGlite version.
 * `root` is the project directory (callers know it; this module avoids import.meta so that
 * test runners that transpile it to CommonJS can load it).
 * @param {string} root
 */
export function templatePath(root) {
  const { version } = JSON.parse(
    readFileSync(path.join(root, "node_modules", "@electric-sql", "pglite", "package.json"), "utf8"),
  );
  return path.join(root, ".next", `pglite-template-${version}`);
}

/** @param {string} dir */
const isCluster = (dir) => existsSync(path.join(dir, "PG_VERSION"));

/**
 * Copies the template into `dataDir` when `dataDir` holds no database yet (missing or empty)
 * and the template exists. The copy goes to a sibling first and is renamed into place, so an
 * interrupted copy never looks like a database. A non-empty directory without PG_VERSION is
 * not ours to replace: PGlite gets it as it is.
 * @param {string | undefined} dataDir
 * @param {string | undefined} template
 * @returns {Promise<boolean>} whether it copied
 */
export async function seedFromTemplate(dataDir, template) {
  if (!dataDir || !template || isCluster(dataDir) || !isCluster(template)) return false;
  const entries = await readdir(dataDir).catch((/** @type {NodeJS.ErrnoException} */ error) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  if (entries.length > 0) return false;
  const staging = `${dataDir}.copying-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await cp(template, staging, { recursive: true });
  await rmdir(dataDir).catch((/** @type {NodeJS.ErrnoException} */ error) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, dataDir);
  return true;
}

/** A full collection right after start, so initdb's dead WebAssembly instances give their memory back. */
export function collectGarbage() {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc");
  gc();
}
