import "server-only";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Tinypool } from "tinypool";
import { setting } from "@/lib/env";
import { TaskGate } from "./task-gate";
import type { HeavyResults, HeavyTask } from "./tasks";

export { HeavyTaskTooLargeError, PoolBusyError } from "./task-gate";

/**
 * Each pool thread's V8 old space: a hostile upload that would need more fails that task (the
 * caller answers 413/422) instead of growing the web server (ADR 0029).
 */
export const POOL_THREAD_HEAP_MB = 384;
/** A task still running after this is stopped (its thread ended): too big to be worth it. */
export const POOL_TASK_TIMEOUT_MS = 60_000;
/**
 * Tasks waiting for a thread; one more is answered "busy" (503). Each holds its input (a bill
 * of up to 10 MB) in the web server's memory while it waits, so the line is short.
 */
export const POOL_QUEUE_MAX = 16;
/** A task still waiting for a thread after this is answered "busy": the client retries later. */
export const POOL_QUEUE_WAIT_MS = 30_000;
/** Idle threads end after this, giving their memory back. */
const IDLE_MS = 30_000;

const holder = globalThis as typeof globalThis & { __recoursePool?: Tinypool; __recoursePoolGate?: TaskGate };

/** .worker/heavy.mjs, built by `npm run build`, by `npm start` when missing, and by the tests' setup. */
export function heavyBundlePath(): string {
  return path.join(setting("RECOURSE_ROOT") ?? process.cwd(), ".worker", "heavy.mjs");
}

const threads = () => Math.max(1, os.availableParallelism());

function pool(): Tinypool {
  if (holder.__recoursePool) return holder.__recoursePool;
  const filename = heavyBundlePath();
  if (!existsSync(filename)) throw new Error(`${filename} is missing: run npm run build (or npm run worker)`);
  holder.__recoursePool = new Tinypool({
    filename,
    // One pool for the whole server, sized to the cores: the main thread shares them, but it
    // mostly waits on I/O while a task runs.
    minThreads: 0,
    maxThreads: threads(),
    idleTimeout: IDLE_MS,
    resourceLimits: { maxOldGenerationSizeMb: POOL_THREAD_HEAP_MB },
  });
  return holder.__recoursePool;
}

// One task per thread is handed to Tinypool (its own queue stays empty): the gate keeps the
// bounded line, so the 60 s count from when a task gets a thread (task-gate.ts).
function gate(): TaskGate {
  return (holder.__recoursePoolGate ??= new TaskGate({
    running: threads(),
    waiting: POOL_QUEUE_MAX,
    waitMs: POOL_QUEUE_WAIT_MS,
    runMs: POOL_TASK_TIMEOUT_MS,
  }));
}

/**
 * Runs a CPU-heavy task on the pool; the event loop stays free. `move` lists buffers to hand over
 * rather than copy (the caller must not use them afterwards). PoolBusyError (503, retry) when
 * the line for a thread is full or too slow; HeavyTaskTooLargeError (422) when the task ran out
 * of its thread's memory or time.
 */
export async function runHeavy<K extends HeavyTask["kind"]>(
  task: Extract<HeavyTask, { kind: K }>,
  move: ArrayBuffer[] = [],
): Promise<HeavyResults[K]> {
  return gate().run(async (signal) => (await pool().run(task, { transferList: move, signal })) as HeavyResults[K]);
}

/** Stops the pool's threads (tests, shutdown). */
export async function stopHeavyPool(): Promise<void> {
  const current = holder.__recoursePool;
  holder.__recoursePool = undefined;
  await current?.destroy();
}
