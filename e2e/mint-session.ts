import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";

// What a finished sign-in leaves behind — a verified user, a Session row, and the JWT
// cookie naming it — written straight into the embedded database the launcher serves
// on its private Unix socket (DATA_DIR/run). Journeys that are not about signing in
// start from here instead of from the sign-up form.

function dataDir(): string {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it)");
  return dir;
}

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    host: path.join(dataDir(), "run"),
    port: 5432,
    user: "postgres",
    database: "postgres",
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type MintedSession = { userId: string; cookie: { name: string; value: string } };

export async function mintSession(email: string, { maxAgeHours = 168 } = {}): Promise<MintedSession> {
  const secret = (await readFile(path.join(dataDir(), "auth-secret"), "utf8")).trim();
  const userId = `e2e${randomBytes(10).toString("hex")}`;
  const sid = randomBytes(32).toString("base64url");
  await withDatabase(async (client) => {
    await client.query(`INSERT INTO "User" (id, email, "emailVerified", "updatedAt") VALUES ($1, $2, now(), now())`, [
      userId,
      email,
    ]);
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [`s${userId}`, sid, userId, maxAgeHours],
    );
  });
  const value = await encode({ token: { sub: userId, email, sid }, secret, maxAge: maxAgeHours * 3600 });
  return { userId, cookie: { name: "next-auth.session-token", value } };
}
