#!/usr/bin/env node
// `npm run db:drift`: proves that prisma/migrations applied to an empty
// PostgreSQL database give exactly prisma/schema.prisma. The server is
// DRIFT_DATABASE_URL, else the local one on 127.0.0.1:5432; a fresh database
// is created and dropped. Exit 0: no drift; 1: drift or error.
import { DEFAULT_SERVER_URL, prisma, schemaPath, withMigratedDatabase } from "./lib/migrated-schema.mjs";

const serverUrl = process.env.DRIFT_DATABASE_URL ?? DEFAULT_SERVER_URL;
const diff = await withMigratedDatabase(serverUrl, async (url, migrated) => {
  if (!migrated) return { code: 3, stdout: "", stderr: "" };
  const args = ["migrate", "diff", "--from-schema-datamodel", migrated, "--to-schema-datamodel", schemaPath];
  return prisma([...args, "--exit-code"], url);
}).catch((error) => {
  console.error(
    `[drift] ${error instanceof Error ? error.message : String(error)}\n[drift] is PostgreSQL running at ${new URL(serverUrl).host}? Set DRIFT_DATABASE_URL to use another server.`,
  );
  process.exit(1);
});

if (diff.code === 0) {
  console.log("[drift] migrations applied to an empty PostgreSQL database match prisma/schema.prisma.");
} else if (diff.code === 2) {
  console.error(`[drift] prisma/schema.prisma differs from what the migrations build:\n${diff.stdout}`);
  console.error("[drift] write the missing migration with `npm run db:migration -- <name>`.");
  process.exit(1);
} else if (diff.code === 3) {
  console.error("[drift] prisma/migrations is empty: create the first migration with `npm run db:migration -- init`.");
  process.exit(1);
} else {
  console.error(`[drift] could not compare:\n${diff.stdout}${diff.stderr}`);
  process.exit(1);
}
