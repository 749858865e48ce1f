import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { HeavyTaskTooLargeError } from "@/lib/pool";
import { exportErrorResponse } from "./http";

describe("exportErrorResponse", () => {
  it("answers a PDF too big for a pool thread with a translated 422, in each language", async () => {
    const zh = exportErrorResponse(new HeavyTaskTooLargeError("Worker terminated"), "zh-CN");
    expect(zh.status).toBe(422);
    const zhBody = (await zh.json()) as { error: { code: string; message: string } };
    expect(zhBody.error.code).toBe("too_complex");
    expect(zhBody.error.message).toMatch(/^内容太多，.*PDF。/);
    const en = (await exportErrorResponse(new HeavyTaskTooLargeError("x"), "en").json()) as {
      error: { message: string };
    };
    expect(en.error.message).toMatch(/^There is too much here to lay out as a PDF/);
  });

  it("keeps 404 for another user's case and rethrows anything else", () => {
    expect(exportErrorResponse(new NotFoundError("case"), "en").status).toBe(404);
    expect(() => exportErrorResponse(new Error("bug"), "en")).toThrow("bug");
  });
});
