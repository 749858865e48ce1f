import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, inject, vi } from "vitest";
import { disconnectDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { stopHeavyPool } from "@/lib/pool";
import { startTestDatabase } from "./database";

// Hundreds of sign-ups and sign-ins at OWASP's scrypt cost were a tenth of `npm test`. Hashes
// name their parameters, so cheap ones verify like real ones; lib/auth/password.test.ts (a unit
// test, not mocked) checks the production parameters.
vi.mock("@/lib/auth/scrypt-params", () => ({ SCRYPT_PARAMS: { N: 2 ** 10, r: 8, p: 1 } }));

// Each integration test file gets its own migrated database (a copy of the run's migrated
// template: tests/setup/global-database.ts) and data directory.
const database = await startTestDatabase(inject("pgliteTemplate") || undefined);
const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-test-"));
process.env.DATABASE_URL = database.url;
process.env.DATA_DIR = dataDir;
process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-for-the-env-check";
delete process.env.SMTP_URL;
resetEnvForTests();

afterAll(async () => {
  await stopHeavyPool();
  await disconnectDb();
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
});
