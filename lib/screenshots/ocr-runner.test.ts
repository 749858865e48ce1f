import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/errors/error-response";
import { CORPUS_DIR } from "./corpus";
import { OcrBusyError, OcrRunner } from "./ocr-runner";

// The OCR process's lifetime and limits (ADR 0035), with the real model where a read must succeed
// and a stand-in process (__fixtures__/stuck-child.mjs) for a read that hangs or crashes.
const STUCK = path.join(import.meta.dirname, "__fixtures__", "stuck-child.mjs");
const runners: OcrRunner[] = [];
const make = (options: ConstructorParameters<typeof OcrRunner>[0]) => {
  const runner = new OcrRunner(options);
  runners.push(runner);
  return runner;
};
const image = async () => new Uint8Array(await readFile(path.join(CORPUS_DIR, "wechat-transfer-received-light.jpg")));

afterEach(() => {
  for (const runner of runners.splice(0)) runner.stop();
});

describe("OcrRunner", () => {
  it("reads one at a time, refuses past its queue, ends when idle and starts again when asked", async () => {
    const runner = make({ maxWaiting: 1, idleMs: 300 });
    const bytes = await image();
    const first = runner.read(bytes);
    const second = runner.read(bytes);
    await expect(runner.read(bytes)).rejects.toMatchObject({ reason: "queue_full" });
    const answers = await Promise.all([first, second]);
    for (const answer of answers) {
      expect(answer.ok && answer.lines.some((line) => line.text.includes("已收款"))).toBe(true);
    }
    expect(runner.stats.starts).toBe(1);
    expect(runner.stats.maxRssKb).toBeGreaterThan(0);
    await expect.poll(() => runner.alive, { timeout: 5_000 }).toBe(false);
    expect((await runner.read(bytes)).ok).toBe(true);
    expect(runner.stats.starts).toBe(2);
  }, 120_000);

  it("gives up on a read that hangs, ending the process", async () => {
    const runner = make({ childPath: STUCK, timeoutMs: 300 });
    const error = await runner.read(new Uint8Array([1])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OcrBusyError);
    expect(error).toMatchObject({ reason: "timeout" });
    expect(runner.alive).toBe(false);
  });

  it("answers busy when the process dies mid-read, and starts a new one for the next", async () => {
    const runner = make({ childPath: STUCK, childArgs: ["exit"], timeoutMs: 10_000 });
    await expect(runner.read(new Uint8Array([1]))).rejects.toMatchObject({ reason: "failed" });
    await expect(runner.read(new Uint8Array([1]))).rejects.toMatchObject({ reason: "failed" });
    expect(runner.stats.starts).toBe(2);
  });

  it("is answered as a 503 with Retry-After and a translated sentence, not as a bug's 500", async () => {
    const response = errorResponse(new OcrBusyError("queue_full"), "zh-CN");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ error: { code: "ocr_busy", message: "识别服务正忙，请稍后重试。" } });
  });
});
