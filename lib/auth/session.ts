import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { authOptions } from "./options";

export type SessionUser = { id: string; email: string };

export async function getSessionUser(): Promise<SessionUser | null> {
  // A session is per request: never let a page that reads it be prerendered at build time.
  await connection();
  const session = await getServerSession(authOptions());
  const user = session?.user;
  return user?.id && user.email ? { id: user.id, email: user.email } : null;
}

/** For pages and actions that need a signed-in user: anyone else goes to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}
