import { calendarFeedResponse } from "@/lib/calendar-feed";
import { env } from "@/lib/env";

// GET /feed/<token>.ics — the per-user secret calendar feed. No session: calendar apps cannot
// sign in; the 256-bit token is the credential. Unknown, revoked or malformed → 404, alike.
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  return calendarFeedResponse(request, token, env().NEXTAUTH_URL ?? new URL(request.url).origin, new Date());
}
