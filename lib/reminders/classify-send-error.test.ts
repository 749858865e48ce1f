import { describe, expect, test } from "vitest";
import { classifySendError, retryDelayMs } from "./classify-send-error";

describe("classifySendError", () => {
  test("4xx and connection failures retry; 5xx and configuration errors are permanent", () => {
    expect([
      classifySendError({ responseCode: 421, code: "EENVELOPE" }),
      classifySendError({ responseCode: 451 }),
      classifySendError({ code: "ECONNECTION" }),
      classifySendError({ code: "ESOCKET" }),
      classifySendError({ code: "ETIMEDOUT" }),
      classifySendError({ responseCode: 550, code: "EENVELOPE" }),
      classifySendError({ responseCode: 535, code: "EAUTH" }),
      classifySendError({ code: "EAUTH" }),
      classifySendError({ code: "ETLS" }),
      classifySendError(new Error("something else")),
    ]).toEqual([
      "retry",
      "retry",
      "retry",
      "retry",
      "retry",
      "permanent",
      "permanent",
      "permanent",
      "permanent",
      "retry",
    ]);
  });
});

describe("retryDelayMs", () => {
  test("doubles per attempt between half and the full ceiling, capped", () => {
    expect([1, 2, 3].map((a) => retryDelayMs(a, () => 0))).toEqual([15_000, 30_000, 60_000]);
    expect([1, 2, 3].map((a) => retryDelayMs(a, () => 1))).toEqual([30_000, 60_000, 120_000]);
    expect(retryDelayMs(30, () => 1)).toBe(3_600_000);
  });
});
