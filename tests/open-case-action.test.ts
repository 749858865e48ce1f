import { beforeEach, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestUser } from "./factories/user";

// The server action is called as the form calls it. Next's request scope does not
// exist under Vitest, so the session lookup and cache revalidation are replaced;
// the schema, the database and the action's own logic are real.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", () => ({
  requireUser: async () => {
    if (!session.user) throw new Error("NEXT_REDIRECT /sign-in");
    return session.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { openCase } = await import("@/app/(app)/cases/actions");

describe("openCase server action", () => {
  beforeEach(async () => {
    session.user = await createTestUser();
  });

  test("returns translated-key field errors and writes nothing for bad input", async () => {
    const before = await db().case.count();
    const result = await openCase({ kind: "LOTTERY", platform: "WECHAT_PAY", title: "  ", amount: "12.345" });
    expect(result).toEqual({
      ok: false,
      code: "errors.invalidInput",
      fieldErrors: { kind: "errors.invalidChoice", title: "errors.required", amount: "errors.invalidAmount" },
    });
    expect(await db().case.count()).toBe(before);
  });

  test("refuses zero and over-limit amounts", async () => {
    const zero = await openCase({ kind: "FRAUD", platform: "ALIPAY", title: "t", amount: "0.00" });
    const huge = await openCase({ kind: "FRAUD", platform: "ALIPAY", title: "t", amount: "100000000000.01" });
    expect(zero.ok || zero.fieldErrors?.amount).toBe("errors.amountZero");
    expect(huge.ok || huge.fieldErrors?.amount).toBe("errors.amountTooLarge");
  });

  test("opens a case owned by the signed-in user", async () => {
    const result = await openCase({
      kind: "MERCHANT_DISPUTE",
      platform: "ALIPAY",
      title: "退款纠纷",
      amount: "¥6,000",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db().case.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(stored).toMatchObject({ ownerId: session.user?.id, amountFen: 600000n, title: "退款纠纷" });
  });

  test("a signed-out caller is turned away before anything is written", async () => {
    session.user = null;
    const before = await db().case.count();
    await expect(openCase({ kind: "FRAUD", platform: "ALIPAY", title: "t", amount: "1" })).rejects.toThrow(/sign-in/);
    expect(await db().case.count()).toBe(before);
  });
});
