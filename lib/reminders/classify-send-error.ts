/** What the worker does after a failed send. */
export type SendErrorClass = "retry" | "permanent";

const TRANSIENT_CODES = new Set(["ECONNECTION", "ESOCKET", "ETIMEDOUT", "EDNS", "ECONNREFUSED", "ECONNRESET"]);
const PERMANENT_CODES = new Set(["EAUTH", "ETLS", "EENVELOPE", "EMESSAGE", "EREJECTED"]);

/**
 * nodemailer's errors: a 4xx reply is temporary (greylisting, a full queue)
 * → retry; a 5xx reply is final; EAUTH / ETLS are configuration errors that a
 * retry will not fix; a connection that failed or dropped (no reply code) → retry.
 * Anything unknown is retried: the attempt cap stops it.
 */
export function classifySendError(error: unknown): SendErrorClass {
  const e = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof e.responseCode === "number") return e.responseCode >= 500 ? "permanent" : "retry";
  if (typeof e.code === "string") {
    if (PERMANENT_CODES.has(e.code)) return "permanent";
    if (TRANSIENT_CODES.has(e.code)) return "retry";
  }
  return "retry";
}

/** Exponential backoff with full jitter: attempt 1 → up to 30 s, 2 → 60 s … capped at 1 h. */
export function retryDelayMs(attempt: number, random: () => number, baseMs = 30_000, capMs = 3_600_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  // Half fixed, half random: never zero (a down server is not hammered), still spread out.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
