// PGlite memory settings for the embedded mode (ADR 0012). Measured on a fresh data directory:
// PGlite.create runs initdb with three WebAssembly instances alive at once (the server, a
// scratch server and initdb itself) and keeps them until a garbage collection that an idle
// launcher never triggers: 700+ MB RSS that stayed. From a pre-built data-directory template
// the same start peaks under 300 MB.
import { existsSync, readFileSync } from "node:fs";
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
 */
export function templatePath(root) {
  const { version } = JSON.parse(
    readFileSync(path.join(root, "node_modules", "@electric-sql", "pglite", "package.json"), "utf8"),
  );
  return path.join(root, ".next", `pglite-template-${version}.tar.gz`);
}

/** The template's bytes when `dataDir` is still empty and the template exists. */
export function templateFor(dataDir, file) {
  if (!dataDir || !file || existsSync(path.join(dataDir, "PG_VERSION"))) return undefined;
  return existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}

/** A full collection right after start, so initdb's dead WebAssembly instances give their memory back. */
export function collectGarbage() {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc");
  gc();
}
