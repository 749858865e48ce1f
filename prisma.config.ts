import path from "node:path";
import { defineConfig } from "prisma/config";
import { MigrationPgClient, MigrationPrismaPg } from "./lib/db/migration-pg-client.mjs";

// The schema's `url = env("DATABASE_URL")` must resolve even for `prisma generate`
// (no database needed): when it does not, the CLI silently falls back to
// downloading the Rust query engine, which fails offline.
process.env.DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";

// engine "js" keeps every CLI command on the WASM schema engine and a driver
// adapter, so nothing is downloaded (see docs/decisions/0001-prisma-6-wasm.md).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    // allowExitOnIdle: an idle pooled connection must not keep each CLI run alive for 10 s.
    return new MigrationPrismaPg({
      connectionString: process.env.DATABASE_URL,
      Client: MigrationPgClient,
      allowExitOnIdle: true,
      idleTimeoutMillis: 200,
    });
  },
});
