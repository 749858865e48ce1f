import { describe, expect, test } from "vitest";
import { HashQueueFull, hashQueueStats, withHashSlot } from "./hash-queue";

describe("password hashing queue", () => {
  test("at most 2 run at once, 16 wait, a burst beyond that is refused; every slot is freed after", async () => {
    const release: Array<() => void> = [];
    let running = 0;
    let peak = 0;
    const work = () =>
      new Promise<void>((resolve) => {
        running++;
        peak = Math.max(peak, running);
        release.push(() => {
          running--;
          resolve();
        });
      });
    const burst = Array.from({ length: 40 }, () => withHashSlot(work));
    const settled = Promise.allSettled(burst);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(hashQueueStats()).toEqual({ running: 2, waiting: 16 });
    // Let each running hash finish in turn; the waiters take over their slots.
    while (release.length > 0 || hashQueueStats().running > 0) {
      release.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const results = await settled;
    expect(peak).toBe(2);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(18);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(22);
    expect(refused.every((r) => r.reason instanceof HashQueueFull)).toBe(true);
    expect(hashQueueStats()).toEqual({ running: 0, waiting: 0 });
  });
});
