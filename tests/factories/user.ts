import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

/** A user row without a password (hashing is slow and most tests do not sign in). */
export async function createTestUser(overrides: { email?: string } = {}) {
  const email = overrides.email ?? `user-${randomBytes(4).toString("hex")}@example.com`;
  return db().user.create({ data: { email }, select: { id: true, email: true } });
}
