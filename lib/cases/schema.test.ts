import { describe, expect, test } from "vitest";
import { fraudForm } from "@/tests/factories/case";
import { CaseFormSchema } from "./schema";

function titleError(title: string): string | undefined {
  const parsed = CaseFormSchema.safeParse(fraudForm({ title }));
  return parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === "title")?.message;
}

describe("case form: odd text is a field error, never a 500 from the database", () => {
  test.each([
    ["NUL", "转账\u0000错误", "errors.invalidCharacters"],
    ["a lone high surrogate", "转账\ud83d错误", "errors.invalidCharacters"],
    ["a lone low surrogate", "\ude00转账", "errors.invalidCharacters"],
    ["a control character", "转账\u0007", "errors.invalidCharacters"],
    ["zero-width characters only", "\u200b\u200d\ufeff", "errors.required"],
    ["spaces only", "   ", "errors.required"],
  ])("a title with %s is refused", (_what, title, code) => {
    expect(titleError(title)).toBe(code);
  });

  test("ordinary Chinese, emoji and full-width text pass", () => {
    expect(titleError("支付宝（刷单）诈骗 😢")).toBeUndefined();
  });

  test("a note may hold line breaks but not NUL", () => {
    expect(CaseFormSchema.safeParse(fraudForm({ note: "第一行\n第二行" })).success).toBe(true);
    const bad = CaseFormSchema.safeParse(fraudForm({ note: "a\u0000b" }));
    expect(bad.success).toBe(false);
  });
});

test("a draft holding NUL or a lone surrogate anywhere is refused before it reaches jsonb", async () => {
  const { DraftSchema } = await import("./schema");
  const base = { kind: "FRAUD", platform: "ALIPAY" } as const;
  expect(DraftSchema.safeParse({ ...base, values: { title: "ok", payments: [{ note: "行\n二" }] } }).success).toBe(
    true,
  );
  for (const bad of ["a\u0000b", "\ud800"]) {
    const parsed = DraftSchema.safeParse({ ...base, values: { payments: [{ counterpartyName: bad }] } });
    expect(parsed.success ? undefined : parsed.error.issues[0]?.message).toBe("errors.invalidCharacters");
  }
});
