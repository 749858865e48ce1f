import { AppError } from "@/lib/errors";

/**
 * Password hashing is deliberately expensive (scrypt, 128 MiB, ~0.3 s). Unbounded, a
 * burst of sign-ins fills libuv's thread pool and every other request waits behind
 * it. At most MAX_RUNNING hashes run at once; at most MAX_WAITING wait; beyond that
 * the attempt is refused as "busy" (shown like a rate limit) instead of queued.
 */
const MAX_RUNNING = 2;
const MAX_WAITING = 16;

let running = 0;
const waiting: Array<() => void> = [];

/** Too many password checks at once: refused like a rate limit (authorizeCredentials says so). */
export class HashQueueFull extends AppError {
  constructor() {
    super("busy", 429, "errors.busy", { detail: "password hashing queue is full" });
  }
}

export async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) {
    if (waiting.length >= MAX_WAITING) throw new HashQueueFull();
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running++;
  }
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    // Hand the slot straight to the next waiter; only free it when nobody waits.
    if (next) next();
    else running--;
  }
}

export function hashQueueStats(): { running: number; waiting: number } {
  return { running, waiting: waiting.length };
}
