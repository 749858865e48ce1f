import { describe, expect, test } from "vitest";
import { CountQuerySchema, KindQuerySchema, beijingLocalInputValue, firstValues } from "./query";

describe("calculator query", () => {
  test("reads a datetime-local value as Beijing time", () => {
    const parsed = KindQuerySchema.parse({ mode: "kind", kind: "FRAUD", at: "2025-09-30T18:00" });
    expect(parsed.at.toISOString()).toBe("2025-09-30T10:00:00.000Z");
    expect(parsed.delayedArrivalHours).toBeUndefined();
  });

  test("accepts the sixth kind, account restricted", () => {
    const parsed = KindQuerySchema.parse({ mode: "kind", kind: "ACCOUNT_RESTRICTED", at: "2026-12-28T10:00" });
    expect(parsed.kind).toBe("ACCOUNT_RESTRICTED");
  });

  test("keeps optional facts when given", () => {
    const parsed = KindQuerySchema.parse({
      mode: "kind",
      kind: "JUDICIAL_FREEZE",
      at: "2026-01-05T09:00",
      delayedArrivalHours: "24",
      freezeExpiresOn: "2026-12-31",
      amount: "6,000",
    });
    expect(parsed).toMatchObject({ delayedArrivalHours: 24, freezeExpiresOn: "2026-12-31", amount: 600000n });
  });

  test.each([
    ["at", "not a date", "errors.invalidDate"],
    ["at", "2025-02-30T10:00", "errors.invalidDate"],
    ["at", "1900-01-01T00:00", "errors.outOfRange"],
    ["at", "", "errors.required"],
    ["kind", "LOTTERY", "errors.invalidChoice"],
    ["freezeExpiresOn", "2026-13-01", "errors.invalidDate"],
    ["amount", "12.345", "errors.invalidAmount"],
  ])("%s = %j → %s", (field, value, message) => {
    const result = KindQuerySchema.safeParse({ mode: "kind", kind: "FRAUD", at: "2025-09-30T18:00", [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  test.each(["0", "-3", "1.5", "abc", "1001", ""])("count n = %j is refused with a clear message", (n) => {
    const result = CountQuerySchema.safeParse({ mode: "count", at: "2025-09-30T18:00", clock: "WORKING_DAYS", n });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^errors\.(countRange|required)$/);
  });

  test("count accepts 1…1000", () => {
    expect(CountQuerySchema.parse({ mode: "count", at: "2025-09-30T18:00", clock: "CALENDAR_DAYS", n: "15" }).n).toBe(
      15,
    );
  });

  test("helpers", () => {
    expect(firstValues({ a: ["1", "2"], b: "x", c: undefined })).toEqual({ a: "1", b: "x" });
    expect(beijingLocalInputValue(new Date("2025-09-30T16:30:00Z"))).toBe("2025-10-01T00:30");
  });
});
