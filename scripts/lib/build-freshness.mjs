// `npm start` builds when there is no production build, or when a source file is
// newer than it (after a `git pull`, say), so nobody runs yesterday's code by accident.
// The reminder worker's bundle (.worker/, scripts/lib/build-worker.mjs) is judged on its own:
// `npm run build` makes it, and the launcher rebuilds only that when only it is missing or old.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { errnoCode } from "./errno.mjs";

const SOURCE_DIRS = ["app", "components", "lib", "prisma", "public"];
const SOURCE_FILES = ["next.config.js", "proxy.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const WORKER_SOURCES = [
  "lib",
  "prisma",
  "scripts/worker.ts",
  "scripts/lib/build-worker.mjs",
  "package-lock.json",
  "tsconfig.json",
];
const SKIP = new Set(["node_modules", "generated", ".next"]);

/** @param {string} file @returns {Promise<number | null>} */
async function mtime(file) {
  try {
    return (await stat(file)).mtimeMs;
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return null;
    throw error;
  }
}

/** @param {string} entry @returns {Promise<number>} */
async function newestMtime(entry) {
  let info;
  try {
    info = await stat(entry);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return 0;
    throw error;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const child of await readdir(entry)) {
    if (SKIP.has(child) || child.endsWith(".test.ts")) continue;
    newest = Math.max(newest, await newestMtime(path.join(entry, child)));
  }
  return newest;
}

/**
 * @param {string} root @param {string} builtFile @param {string[]} sources
 * @returns {Promise<null | "missing" | "stale">}
 */
async function freshness(root, builtFile, sources) {
  const built = await mtime(path.join(root, builtFile));
  if (built === null) return "missing";
  for (const entry of sources) {
    if ((await newestMtime(path.join(root, entry))) > built) return "stale";
  }
  return null;
}

/** @param {string} root @returns {Promise<null | "missing" | "stale">} why a Next build is needed, or null. */
export function buildNeeded(root) {
  return freshness(root, path.join(".next", "BUILD_ID"), [...SOURCE_DIRS, ...SOURCE_FILES]);
}

/** @param {string} root @returns {Promise<null | "missing" | "stale">} why the worker bundle must be rebuilt, or null. */
export function workerBuildNeeded(root) {
  return freshness(root, path.join(".worker", "worker.mjs"), WORKER_SOURCES);
}
