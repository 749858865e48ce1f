import { afterEach, describe, expect, test, vi } from "vitest";
import { VersionConflictError } from "@/lib/cases/errors";
import { UploadError } from "@/lib/evidence/upload-error";
import { WallTimeError } from "@/lib/kinds/fields";
import { NotFoundError, QuotaError } from "./index";
import { errorResponse } from "./error-response";

// The real next/navigation: the unit project shares one process between files (ADR 0027),
// so a module mock here would leak into the files that run after this one.
import { actionFailure, runAction } from "./action-failure";

type Body = { error: { code: string; message: string } };
const read = async (response: Response) => ({ status: response.status, body: (await response.json()) as Body });

describe("errorResponse: the one answer of a route handler", () => {
  test("a known code: its status and its message in the reader's language", async () => {
    const full = new UploadError("case_full", { limitMb: 200 });
    expect(await read(errorResponse(full, "zh-CN"))).toEqual({
      status: 413,
      body: { error: { code: "case_full", message: "本案证据合计不能超过 200 MB，这些文件放不下了。" } },
    });
    expect(await read(errorResponse(full, "en"))).toEqual({
      status: 413,
      body: {
        error: { code: "case_full", message: "A case can hold 200 MB of evidence in total; these files do not fit." },
      },
    });
    const gone = errorResponse(new NotFoundError("case"), "en");
    expect(await read(gone)).toEqual({
      status: 404,
      body: { error: { code: "not_found", message: "This does not exist, or it is not yours." } },
    });
    expect(gone.headers.get("cache-control")).toBe("private, no-store");
  });

  test("an error's headers go out with it (a quota's Retry-After)", () => {
    const response = errorResponse(new QuotaError("exports"), "zh-CN");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3600");
  });

  test("anything else is a 500 that names nothing inside, and the log has it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const bug = new TypeError("Cannot read properties of undefined (reading 'ownerId') at secret-file.ts:12");
    const { status, body } = await read(errorResponse(bug, "zh-CN"));
    expect(status).toBe(500);
    expect(body).toEqual({ error: { code: "internal", message: "出了点问题，请稍后重试。" } });
    expect(JSON.stringify(body)).not.toMatch(/ownerId|secret-file|TypeError/);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[1])).toContain("secret-file.ts:12");
    const en = await read(errorResponse("a thrown string", "en"));
    expect(en.body.error.message).toBe("Something went wrong. Please try again in a moment.");
    expect(log).toHaveBeenCalledTimes(2);
  });
});

describe("actionFailure: the one answer of a server action", () => {
  afterEach(() => vi.restoreAllMocks());

  test("a known error becomes its message key, with the fields it marks", async () => {
    expect(await runAction(() => Promise.reject(new VersionConflictError(["title"], 3)))).toEqual({
      ok: false,
      code: "errors.versionConflict",
      fieldErrors: { title: "errors.changedElsewhere" },
    });
    expect(actionFailure(new WallTimeError("occurredAt"))).toEqual({
      ok: false,
      code: "errors.invalidInput",
      fieldErrors: { occurredAt: "errors.invalidDate" },
    });
    expect(await runAction(async () => 7)).toEqual({ ok: true, data: 7 });
  });

  test("not found (or not yours) is the 404 page; a bug is rethrown for Next to log", async () => {
    expect(() => actionFailure(new NotFoundError("case"))).toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    const bug = new Error("database went away");
    await expect(runAction(() => Promise.reject(bug))).rejects.toBe(bug);
  });
});
