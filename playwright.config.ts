import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// The built app, started the way a user starts it (`npm start`), on a fresh embedded database.
const port = Number(process.env.E2E_PORT ?? 3200);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), "recourse-e2e-"));
// Workers re-read this config: pin the directory so they see the server's outbox.
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    // A first visit follows Accept-Language (issue 22): the journeys start as a Chinese browser;
    // e2e/first-hour.spec.ts opens its own en-US and other contexts.
    locale: "zh-CN",
    trace: "retain-on-failure",
    // Playwright's own browser download is unreachable here: use Debian's chromium.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${port}/sign-in`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // E2E_NEXTAUTH_URL (e.g. http://127.0.0.1:3200): links in mail and every redirect then use
    // that origin while the tests browse localhost (e2e/first-aid.spec.ts checks where they land).
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      ...(process.env.E2E_NEXTAUTH_URL ? { NEXTAUTH_URL: process.env.E2E_NEXTAUTH_URL } : {}),
    },
  },
});
