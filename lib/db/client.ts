import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";

// One client per process: Next's dev server re-evaluates modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { recoursePrisma?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  const adapter = new PrismaPg({
    connectionString: DATABASE_URL,
    ...(DATABASE_POOL_MAX ? { max: DATABASE_POOL_MAX } : {}),
  });
  return new PrismaClient({ adapter });
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
