import { buildFeedIcs, feedText, loadCalendarFeed } from "@/lib/calendar-feed";
import { env } from "@/lib/env";

// GET /feed/<token>.ics — the per-user secret calendar feed. No session: calendar apps cannot
// sign in; the 256-bit token is the credential. Unknown, revoked or malformed → 404, alike.
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  const feed = await loadCalendarFeed(token, new Date());
  if (!feed)
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const base = env().NEXTAUTH_URL ?? new URL(request.url).origin;
  const body = buildFeedIcs(feed.entries, feed.locale, {
    ...feedText(feed.locale),
    caseUrl: (caseId) => new URL(`/cases/${caseId}`, base).toString(),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="recourse.ics"',
      // The URL is a secret: keep it out of shared caches and referrers.
      "Cache-Control": "private, max-age=300",
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}
