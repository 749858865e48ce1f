import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Benches that exercise server modules (ESM-only renderers, `server-only`, the @/ alias)
// run under Vitest's module loader rather than tsx: `npm run bench:bundle`.
export default defineConfig({
  resolve: {
    alias: {
      "@/": fileURLToPath(new URL(".", import.meta.url)),
      "server-only": fileURLToPath(new URL("tests/setup/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["scripts/*.run.ts"],
    pool: "forks",
    execArgv: ["--expose-gc"],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    reporters: ["dot"],
    silent: false,
  },
});
