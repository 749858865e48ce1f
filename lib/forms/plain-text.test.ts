import { describe, expect, test } from "vitest";
import { isPlainLine, plainLine } from "./plain-text";

describe("plainLine", () => {
  test("refuses NUL, lone surrogates and control characters with a field error", () => {
    for (const bad of ["a\u0000b", "x\ud800", "\udc00y", "tab\there", "bell\u0007", "c1\u0085"]) {
      const result = plainLine().safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("errors.invalidCharacters");
    }
  });

  test("refuses zero-width-only text as empty; keeps ordinary Chinese and emoji", () => {
    expect(plainLine().safeParse("\u200b\u200d\ufeff").error?.issues[0]?.message).toBe("errors.required");
    expect(isPlainLine("误转给陌生人（3 月 5 日）")).toBe(true);
    expect(isPlainLine("退款 💸 pending")).toBe(true);
  });
});

describe("plainLine in a form schema", () => {
  test("composes with trim/min/max, as a title field would use it", () => {
    const title = plainLine().trim().min(1, { error: "errors.required" }).max(200, { error: "errors.tooLong" });
    expect(title.safeParse("  误转给陌生人  ").data).toBe("误转给陌生人");
    expect(title.safeParse("a\u0000").error?.issues[0]?.message).toBe("errors.invalidCharacters");
    expect(title.safeParse("\u200b\u200b").error?.issues[0]?.message).toBe("errors.required");
  });
});
