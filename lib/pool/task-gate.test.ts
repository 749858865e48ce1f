import { describe, expect, test } from "vitest";
import { errorResponse } from "@/lib/errors/error-response";
import { HeavyTaskTooLargeError, PoolBusyError, TaskGate, type GateLimits } from "./task-gate";

// A stand-in for a pool task: settles only when told to, or rejects when its signal aborts
// (what Tinypool does when it ends the thread). Outcomes, never durations, decide these tests:
// a held task never ends by itself, so a tiny limit is always passed.
function heldTask() {
  let started!: (finish: (value: string) => void) => void;
  const finisher = new Promise<(value: string) => void>((resolve) => (started = resolve));
  const start = (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      started(resolve);
      signal.addEventListener("abort", () => reject(new Error("The task has been aborted")), { once: true });
    });
  // The gate starts a task a tick after run(): finishing waits until it has.
  return { start, finish: async (value: string) => (await finisher)(value) };
}

const roomy: GateLimits = { running: 1, waiting: 4, waitMs: 600_000, runMs: 600_000 };

describe("task gate: waiting is busy (503), running out is too complex (422)", () => {
  test("a full line refuses the next task at once as busy, with Retry-After", async () => {
    const gate = new TaskGate({ ...roomy, waiting: 0 });
    const held = heldTask();
    const running = gate.run(held.start);
    const refused = await gate.run(async () => "never started").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PoolBusyError);
    await held.finish("done");
    expect(await running).toBe("done");
  });

  test("a task that waited longer than its limit for a thread is busy, and never starts", async () => {
    const gate = new TaskGate({ ...roomy, waitMs: 1 });
    const held = heldTask();
    const running = gate.run(held.start);
    let started = false;
    const waited = await gate
      .run(async () => {
        started = true;
        return "late";
      })
      .catch((error: unknown) => error);
    expect(waited).toBeInstanceOf(PoolBusyError);
    expect(started).toBe(false);
    expect(gate.waiting).toBe(0);
    await held.finish("done");
    expect(await running).toBe("done");
  });

  test("a waiting task gets the thread when the running one ends", async () => {
    const gate = new TaskGate(roomy);
    const first = heldTask();
    const running = gate.run(first.start);
    const next = gate.run(async () => "second");
    expect(gate.waiting).toBe(1);
    await first.finish("first");
    expect(await Promise.all([running, next])).toEqual(["first", "second"]);
    // The slot came back: a third task starts with nobody waiting.
    expect(await gate.run(async () => "third")).toBe("third");
  });

  test("a task that ran past its limit is too complex (its signal aborted), and frees its thread", async () => {
    const gate = new TaskGate({ ...roomy, runMs: 1 });
    const outcome = await gate.run(heldTask().start).catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(HeavyTaskTooLargeError);
    expect(await gate.run(async () => "after")).toBe("after");
  });

  test("a thread out of memory is too complex; any other failure passes through unchanged", async () => {
    const gate = new TaskGate(roomy);
    const oom = Object.assign(new Error("Worker terminated due to reaching memory limit: JS heap out of memory"), {
      code: "ERR_WORKER_OUT_OF_MEMORY",
    });
    await expect(gate.run(() => Promise.reject(oom))).rejects.toBeInstanceOf(HeavyTaskTooLargeError);
    const bug = new TypeError("x is undefined");
    await expect(gate.run(() => Promise.reject(bug))).rejects.toBe(bug);
    // An abort message alone (e.g. a client's own abort inside a task) is not "too complex".
    const aborted = new Error("The task has been aborted");
    await expect(gate.run(() => Promise.reject(aborted))).rejects.toBe(aborted);
  });

  test("the answers: busy is a 503 with Retry-After, too complex a 422, both translated", async () => {
    const busy = errorResponse(new PoolBusyError("line full"), "zh-CN");
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await busy.json()).toEqual({ error: { code: "busy", message: "服务器正忙，请稍后重试。" } });
    const tooComplex = errorResponse(new HeavyTaskTooLargeError("heap"), "en");
    expect(tooComplex.status).toBe(422);
    expect(((await tooComplex.json()) as { error: { code: string } }).error.code).toBe("too_complex");
  });
});
