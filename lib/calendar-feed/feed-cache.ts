/**
 * Built feeds, per user, in this process. A hit needs the same key (the data's fingerprint, the
 * words' language, the base URL and the hour: deadline statuses and the 30-day window move
 * with the clock). Bounded by bytes, least recently used out first (ADR 0029).
 */
export interface CachedFeed {
  key: string;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** When these exact bytes were first built here: never later than a change. */
  lastModified: Date;
}

export const FEED_CACHE_MAX_BYTES = 16 * 1024 * 1024;

export class FeedCache {
  private readonly entries = new Map<string, CachedFeed>();
  private bytes = 0;

  constructor(private readonly maxBytes = FEED_CACHE_MAX_BYTES) {}

  get(userId: string): CachedFeed | undefined {
    const found = this.entries.get(userId);
    if (found) {
      this.entries.delete(userId);
      this.entries.set(userId, found);
    }
    return found;
  }

  set(userId: string, feed: CachedFeed): void {
    this.delete(userId);
    if (feed.body.length > this.maxBytes) return;
    this.entries.set(userId, feed);
    this.bytes += feed.body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }

  delete(userId: string): void {
    const found = this.entries.get(userId);
    if (!found) return;
    this.entries.delete(userId);
    this.bytes -= found.body.length;
  }

  get size(): number {
    return this.bytes;
  }
}
