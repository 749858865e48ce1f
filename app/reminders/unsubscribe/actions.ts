"use server";

import { z } from "zod";
import { env } from "@/lib/env";
import { unsubscribeUser, verifyUnsubscribeToken } from "@/lib/reminders";

const TokenSchema = z.string().min(1).max(300);

/** The confirm button behind the email's unsubscribe link: same token check as the one-click POST. */
export async function unsubscribeAction(token: string): Promise<"done" | "invalid"> {
  const parsed = TokenSchema.safeParse(token);
  const userId = parsed.success ? verifyUnsubscribeToken(parsed.data, env().NEXTAUTH_SECRET) : null;
  if (!userId) return "invalid";
  return (await unsubscribeUser(userId, new Date())) ? "done" : "invalid";
}
