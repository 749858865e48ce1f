import { env } from "@/lib/env";
import { unsubscribeUser, verifyUnsubscribeToken } from "@/lib/reminders";

/**
 * RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click"
 * to the List-Unsubscribe URL. The signed token is the only credential needed.
 * A GET does nothing (link scanners prefetch): people use /reminders/unsubscribe.
 * The one route without a same-origin check: its credential is the token in the URL, not a
 * cookie, and the mail client that posts here is not a page of this site.
 */
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("t") ?? "";
  const userId = verifyUnsubscribeToken(token, env().NEXTAUTH_SECRET);
  if (!userId) return new Response("invalid unsubscribe token\n", { status: 400 });
  await unsubscribeUser(userId, new Date());
  return new Response("unsubscribed\n", { status: 200 });
}
