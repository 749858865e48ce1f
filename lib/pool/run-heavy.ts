import "server-only";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Tinypool } from "tinypool";
import { setting } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { HeavyResults, HeavyTask } from "./tasks";

/**
 * Each pool thread's V8 old space: a hostile upload that would need more fails that task (the
 * caller answers 413/422) instead of growing the web server (ADR 0029).
 */
export const POOL_THREAD_HEAP_MB = 384;
/** A task still running after this is stopped (its thread ended): too big to be worth it. */
export const POOL_TASK_TIMEOUT_MS = 60_000;
/** Idle threads end after this, giving their memory back. */
const IDLE_MS = 30_000;

/** A task ran out of its thread's memory (or its thread died): too big to handle, not a bug. */
export class HeavyTaskTooLargeError extends AppError {
  constructor(detail: string) {
    super("too_complex", 422, "errors.tooComplex", { detail });
  }
}

const holder = globalThis as typeof globalThis & { __recoursePool?: Tinypool };

/** .worker/heavy.mjs, built by `npm run build`, by `npm start` when missing, and by the tests' setup. */
export function heavyBundlePath(): string {
  return path.join(setting("RECOURSE_ROOT") ?? process.cwd(), ".worker", "heavy.mjs");
}

function pool(): Tinypool {
  if (holder.__recoursePool) return holder.__recoursePool;
  const filename = heavyBundlePath();
  if (!existsSync(filename)) throw new Error(`${filename} is missing: run npm run build (or npm run worker)`);
  holder.__recoursePool = new Tinypool({
    filename,
    // One pool for the whole server, sized to the cores: the main thread shares them, but it
    // mostly waits on I/O while a task runs.
    minThreads: 0,
    maxThreads: Math.max(1, os.availableParallelism()),
    idleTimeout: IDLE_MS,
    resourceLimits: { maxOldGenerationSizeMb: POOL_THREAD_HEAP_MB },
  });
  return holder.__recoursePool;
}

/**
 * Runs a CPU-heavy task on the pool; the event loop stays free. `move` lists buffers to hand over
 * rather than copy (the caller must not use them afterwards).
 */
export async function runHeavy<K extends HeavyTask["kind"]>(
  task: Extract<HeavyTask, { kind: K }>,
  move: ArrayBuffer[] = [],
): Promise<HeavyResults[K]> {
  try {
    const signal = AbortSignal.timeout(POOL_TASK_TIMEOUT_MS);
    return (await pool().run(task, { transferList: move, signal })) as HeavyResults[K];
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message ?? "";
    if (code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory|terminated|abort/i.test(message)) {
      throw new HeavyTaskTooLargeError(message);
    }
    throw error;
  }
}

/** Stops the pool's threads (tests, shutdown). */
export async function stopHeavyPool(): Promise<void> {
  const current = holder.__recoursePool;
  holder.__recoursePool = undefined;
  await current?.destroy();
}
