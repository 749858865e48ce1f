import { AppError } from "@/lib/errors";

// In front of the worker-thread pool (ADR 0029): at most one task per thread is handed to it, so
// a task's run clock starts when it gets a thread, not when it joins the line. Waiting and
// running fail differently: a long line is the server's state (503, retry), a task that
// exhausts its thread is the input's (422, retrying will not help). Pure: no pool, no clock
// other than timers, so the tests drive it with small limits.

/** How long a client told "busy" waits before asking again. */
export const POOL_RETRY_AFTER_SECONDS = 10;

/** Every thread is taken and the line is full, or a task waited too long for a thread: retry. */
export class PoolBusyError extends AppError {
  constructor(detail: string) {
    super("busy", 503, "errors.busy", { detail, headers: { "Retry-After": String(POOL_RETRY_AFTER_SECONDS) } });
  }
}

/** A task ran out of its thread's memory or time (or its thread died): too big to handle, not a bug. */
export class HeavyTaskTooLargeError extends AppError {
  constructor(detail: string) {
    super("too_complex", 422, "errors.tooComplex", { detail });
  }
}

export interface GateLimits {
  /** Tasks running at once: the pool's threads. */
  readonly running: number;
  /** Tasks waiting for a thread; one more is refused at once (busy). */
  readonly waiting: number;
  /** A task still waiting for a thread after this is given up (busy). */
  readonly waitMs: number;
  /** A task still running after this is stopped through its signal (too complex). */
  readonly runMs: number;
}

/** Node's code for a worker that hit its resourceLimits; the message covers a thread that died. */
function threadGaveOut(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : "";
  return code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory|terminated/i.test(message);
}

export class TaskGate {
  private active = 0;
  private readonly line: (() => void)[] = [];

  constructor(private readonly limits: GateLimits) {}

  /** Tasks waiting for a thread now. */
  get waiting(): number {
    return this.line.length;
  }

  /**
   * Runs `start` once a thread is free. `start` gets a signal that aborts after `runMs`; it must
   * reject when it does (Tinypool ends the thread and rejects).
   */
  async run<T>(start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    await this.acquire();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`ran over ${this.limits.runMs} ms`)), this.limits.runMs);
    try {
      return await start(controller.signal);
    } catch (error) {
      // Our own signal decides "ran out of time": no guessing from a library's message.
      if (controller.signal.aborted) throw new HeavyTaskTooLargeError(`ran over ${this.limits.runMs} ms`);
      if (threadGaveOut(error)) throw new HeavyTaskTooLargeError((error as Error).message);
      throw error;
    } finally {
      clearTimeout(timer);
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.limits.running) {
      this.active++;
      return Promise.resolve();
    }
    if (this.line.length >= this.limits.waiting) {
      return Promise.reject(new PoolBusyError(`${this.line.length} tasks already wait for a thread`));
    }
    return new Promise((resolve, reject) => {
      // Called by release() with the freed slot: `active` is handed over, not decremented.
      const take = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.line.splice(this.line.indexOf(take), 1);
        reject(new PoolBusyError(`waited ${this.limits.waitMs} ms for a thread`));
      }, this.limits.waitMs);
      this.line.push(take);
    });
  }

  private release(): void {
    const next = this.line.shift();
    if (next) next();
    else this.active--;
  }
}
