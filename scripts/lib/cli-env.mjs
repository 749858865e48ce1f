// The backup CLIs (`npm run backup`, `npm run restore`) read the environment the launcher's way
// (ADR 0027): once, here, and every setting they use is checked by lib/env.ts's schema (bundled
// as .worker/env.mjs) before anything is touched.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// The environment as given, read once (the eslint rule's one exemption in this file). Besides
// the settings below it carries what is not a setting: the terminal's locale (LANG, LC_*), and
// PATH and the rest for the `prisma migrate deploy` child a restore runs.
// eslint-disable-next-line no-restricted-properties -- the CLIs' single read, validated below
export const given = Object.freeze({ ...process.env });

/**
 * The settings the backup and restore code reads; each is checked when it is set.
 * @type {Array<keyof import("../../lib/env").Env>}
 */
const USED = [
  "DATABASE_URL",
  "DATA_DIR",
  "S3_BUCKET",
  "S3_ENDPOINT",
  "S3_REGION",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_FORCE_PATH_STYLE",
];

/**
 * The environment for createBackup/restoreBackup and the data directory, resolved from `root`
 * as before. A bad setting stops the CLI with the schema's sentence and exit code 1.
 * @param {string} root the checkout
 * @returns {Promise<{ env: Readonly<Record<string, string | undefined>>, dataDir: string }>}
 */
export async function cliEnvironment(root) {
  const bundle = path.join(root, ".worker", "env.mjs");
  if (!existsSync(bundle)) {
    // In a child, as the launcher does, so esbuild's service process ends with it.
    const built = spawnSync(process.execPath, [path.join(root, "scripts", "lib", "build-worker.mjs")], {
      cwd: root,
      env: given,
      stdio: "inherit",
    });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  /** @type {typeof import("../../lib/env")} the bundle of lib/env.ts */
  const { setting } = await import(pathToFileURL(bundle).href);
  try {
    for (const key of USED) if (given[key] !== undefined) setting(key);
    return { env: given, dataDir: path.resolve(root, setting("DATA_DIR")) };
  } catch (error) {
    console.error(`[recourse] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
