import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const resolve = {
  alias: {
    "@/": root,
    // `server-only` throws outside React Server Components; tests run server code directly.
    "server-only": fileURLToPath(new URL("tests/setup/server-only-stub.ts", import.meta.url)),
  },
};
const failOnConsoleError = "tests/setup/fail-on-console-error.ts";

export default defineConfig({
  test: {
    pool: "forks",
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"], setupFiles: [failOnConsoleError] },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          setupFiles: [failOnConsoleError, "tests/setup/integration.ts"],
          globalSetup: ["tests/setup/build-heavy-worker.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
