import "server-only";
import { createHash } from "node:crypto";
import { runHeavy } from "@/lib/pool";
import { FeedCache, type CachedFeed } from "./feed-cache";
import { feedIcsFromCases } from "./feed-from-cases";
import { findFeedOwner, loadFeedCases } from "./load-calendar-feed";

// One cache per process, kept across module reloads (dev) and duplicate route bundles.
const holder = globalThis as typeof globalThis & { __recourseFeedCache?: FeedCache };
const cache = (holder.__recourseFeedCache ??= new FeedCache());

const HOUR_MS = 3_600_000;
/** Up to this many cases the feed is built in the request (a few ms); past it, on the pool. */
export const FEED_INLINE_MAX_CASES = 100;

const headers = {
  "Content-Type": "text/calendar; charset=utf-8",
  "Content-Disposition": 'inline; filename="recourse.ics"',
  // The URL is a secret: keep it out of shared caches and referrers. no-cache: apps revalidate
  // with If-None-Match, and an unchanged feed is a 304 with no body.
  "Cache-Control": "private, no-cache",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex",
};

function notModified(request: Request, feed: CachedFeed): boolean {
  const tags = request.headers.get("if-none-match");
  // RFC 9110 §13.1.3: If-None-Match, when present, decides alone.
  if (tags !== null) return tags.split(",").some((tag) => tag.trim() === feed.etag || tag.trim() === "*");
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(feed.lastModified.getTime() / 1000) * 1000 <= since;
}

/**
 * The HTTP answer for GET /feed/<token>.ics: 404 for a bad token; 304 when the app's copy is
 * current; else the feed, built at most once per user per change (or per hour).
 */
export async function calendarFeedResponse(request: Request, token: string, base: string, now: Date) {
  const owner = await findFeedOwner(token);
  if (!owner)
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const key = [owner.fingerprint, owner.locale, base, Math.floor(now.getTime() / HOUR_MS)].join("|");
  let feed = cache.get(owner.userId);
  if (feed?.key !== key) {
    const cases = await loadFeedCases(owner);
    const body =
      cases.length <= FEED_INLINE_MAX_CASES
        ? new TextEncoder().encode(feedIcsFromCases(cases, owner.locale, now, base))
        : await runHeavy({ kind: "feed-ics", cases, locale: owner.locale, now, base });
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    // The same bytes as before (a change elsewhere, the hour turning): the same Last-Modified.
    const lastModified = feed?.etag === etag ? feed.lastModified : now;
    feed = { key, body, etag, lastModified };
    cache.set(owner.userId, feed);
  }
  const validators = { ETag: feed.etag, "Last-Modified": feed.lastModified.toUTCString() };
  if (notModified(request, feed)) return new Response(null, { status: 304, headers: { ...headers, ...validators } });
  return new Response(feed.body, { headers: { ...headers, ...validators } });
}
