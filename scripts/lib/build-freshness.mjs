// `npm start` builds when there is no production build, or when a source file is
// newer than it (after a `git pull`, say), so nobody runs yesterday's code by accident.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib", "prisma", "public"];
const SOURCE_FILES = ["next.config.js", "proxy.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const SKIP = new Set(["node_modules", "generated", ".next"]);

async function newestMtime(entry) {
  let info;
  try {
    info = await stat(entry);
  } catch (error) {
    if (error.code === "ENOENT") return 0;
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

/** @returns {Promise<null | "missing" | "stale">} why a build is needed, or null. */
export async function buildNeeded(root) {
  let built;
  try {
    built = (await stat(path.join(root, ".next", "BUILD_ID"))).mtimeMs;
  } catch (error) {
    if (error.code === "ENOENT") return "missing";
    throw error;
  }
  for (const entry of [...SOURCE_DIRS, ...SOURCE_FILES]) {
    if ((await newestMtime(path.join(root, entry))) > built) return "stale";
  }
  return null;
}
