import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";
import { OneQueryAtATimeClient } from "./one-query-at-a-time";

// One client per process: Next's dev server re-evaluates modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { recoursePrisma?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  const adapter = new PrismaPg({
    connectionString: DATABASE_URL,
    Client: OneQueryAtATimeClient,
    ...(DATABASE_POOL_MAX ? { max: DATABASE_POOL_MAX } : {}),
  });
  // Case commands queue on a per-case row lock (lib/audit), and embedded mode has one
  // connection: give a transaction longer than Prisma's 2 s to get started.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
}

export function db(): PrismaClient {
  globalForPrisma.recoursePrisma ??= createClient();
  return globalForPrisma.recoursePrisma;
}

export async function disconnectDb(): Promise<void> {
  const client = globalForPrisma.recoursePrisma;
  globalForPrisma.recoursePrisma = undefined;
  await client?.$disconnect();
}
