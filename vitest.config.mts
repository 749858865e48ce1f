import os from "node:os";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";
import { UnitFirstSequencer } from "./tests/setup/unit-first-sequencer";

const root = fileURLToPath(new URL(".", import.meta.url));
const resolve = {
  alias: {
    "@/": root,
    // `server-only` throws outside React Server Components; tests run server code directly.
    "server-only": fileURLToPath(new URL("tests/setup/server-only-stub.ts", import.meta.url)),
  },
};
const failOnConsoleError = "tests/setup/fail-on-console-error.ts";
// Each integration file copies one migrated PGlite made by the global setup.
const database = {
  setupFiles: [failOnConsoleError, "tests/setup/integration.ts"],
  // The web server's worker-thread pool runs .worker/heavy.mjs (ADR 0029): built once per run.
  globalSetup: ["tests/setup/global-database.ts", "tests/setup/build-heavy-worker.ts"],
  // Timeouts catch hangs, not slowness: at a load of 20 on 2 cores a PGlite-on-disk test took 55 s.
  testTimeout: 120_000,
  hookTimeout: 120_000,
};

// `npm test` runs "unit" and "integration": Node and npm only (PGlite in process, loopback
// servers). "system" needs a PostgreSQL server and Chromium, or runs long (the 1,000-reminder
// two-worker suite, the screenshot corpus): `npm run test:system` (CI).
export default defineConfig({
  test: {
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine,
    // which left a core idle for all of `npm test` (ADR 0027 amendment).
    maxWorkers: os.availableParallelism(),
    sequence: { sequencer: UnitFirstSequencer },
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/lint/*.test.ts"],
          // Unit files share one process in turn instead of a fresh fork each (ADR 0027): a fork
          // per file was most of the unit project's time. They start no database and leave no
          // state behind; the integration project's files mock and repoint db(), so stay isolated.
          isolate: false,
          setupFiles: [failOnConsoleError],
          // Vitest's 5 s default is tight on a loaded 2-core machine (parsers, PGlite, crypto).
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "tests/system/**", "tests/lint/**"],
          ...database,
          // A worker thread per file instead of a forked process: each file still gets fresh
          // modules and its own PGlite, without a Node start per file (ADR 0027 amendment).
          pool: "threads",
        },
      },
      {
        resolve,
        test: {
          name: "system",
          include: ["tests/system/**/*.test.ts"],
          ...database,
          // Built apps, worker fleets, Chromium and the OCR model each want the whole machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
