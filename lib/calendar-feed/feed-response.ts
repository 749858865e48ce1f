import "server-only";
import { createHash } from "node:crypto";
import { errorResponse } from "@/lib/errors/error-response";
import { runHeavy } from "@/lib/pool";
import { FeedCache, type CachedFeed } from "./feed-cache";
import { parseFeedCases } from "./feed-case-rows";
import { FEED_MAX_EVENTS, FeedTooLargeError, feedIcsFromCases } from "./feed-from-cases";
import { findFeedOwner, loadFeedCases, type FeedOwner } from "./load-calendar-feed";

// One cache per process, kept across module reloads (dev) and duplicate route bundles.
const holder = globalThis as typeof globalThis & { __recourseFeedCache?: FeedCache };
const cache = (holder.__recourseFeedCache ??= new FeedCache());

const HOUR_MS = 3_600_000;
/** Up to this many cases the feed is built in the request (a few ms); past it, on the pool. */
export const FEED_INLINE_MAX_CASES = 100;

export interface FeedLimits {
  /** Up to this many cases, built in the request; past it, on the pool. */
  readonly inlineMaxCases: number;
  /** More events than this: FeedTooLargeError (422). */
  readonly maxEvents: number;
}

const FEED_LIMITS: FeedLimits = { inlineMaxCases: FEED_INLINE_MAX_CASES, maxEvents: FEED_MAX_EVENTS };

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

/** The feed's bytes: in the request for a few cases, else on the pool (busy: 503; too big: 422). */
async function buildFeed(owner: FeedOwner, now: Date, base: string, limits: FeedLimits) {
  const { count, json } = await loadFeedCases(owner);
  const { locale } = owner;
  if (count <= limits.inlineMaxCases) {
    return new TextEncoder().encode(feedIcsFromCases(parseFeedCases(json), locale, now, base, limits.maxEvents));
  }
  // The cases go as their JSON text (one string to copy) and are parsed on the thread.
  const built = await runHeavy({ kind: "feed-ics", cases: json, locale, now, base, maxEvents: limits.maxEvents });
  if ("tooManyEvents" in built) throw new FeedTooLargeError(built.tooManyEvents, limits.maxEvents);
  return built;
}

/**
 * The HTTP answer for GET /feed/<token>.ics: 404 for a bad token; 304 when the app's copy is
 * current; else the feed, built at most once per user per change (or per hour). A feed that
 * cannot be built is the error vocabulary's answer in the owner's language: 503 with
 * Retry-After when the pool is busy, 422 when the feed is over its cap or too complex.
 */
export async function calendarFeedResponse(
  request: Request,
  token: string,
  base: string,
  now: Date,
  limits: FeedLimits = FEED_LIMITS,
) {
  const owner = await findFeedOwner(token);
  if (!owner)
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const key = [owner.fingerprint, owner.locale, base, Math.floor(now.getTime() / HOUR_MS)].join("|");
  let feed = cache.get(owner.userId);
  if (feed?.key !== key) {
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await buildFeed(owner, now, base, limits);
    } catch (error) {
      return errorResponse(error, owner.locale);
    }
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
