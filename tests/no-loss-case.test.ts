import { describe, expect, test } from "vitest";
import { createCase, getCaseWorkspace } from "@/lib/cases";
import { CaseFormSchema, type CaseFormInput } from "@/lib/cases/schema";
import { db } from "@/lib/db";
import { fraudForm } from "./factories/case";
import { createTestUser } from "./factories/user";

const now = new Date("2026-11-29T11:00:00Z");

const cantPay = (payments: CaseFormInput["payments"]): CaseFormInput =>
  ({
    kind: "ACCOUNT_RESTRICTED",
    platform: "ALIPAY",
    title: "支付宝账户不能支付",
    note: "",
    timeZone: "Asia/Shanghai",
    payments,
    facts: { restriction: "CANNOT_PAY", noticedAt: "2026-11-29T09:00", statedReason: "" },
  }) as CaseFormInput;

describe("cases without a loss", () => {
  test("an Alipay can't-pay case opens without any payment, at ¥0, and asks for no money", async () => {
    const owner = await createTestUser();
    const { id } = await createCase(owner.id, CaseFormSchema.parse(cantPay([])), now);
    const row = await db().case.findUniqueOrThrow({ where: { id }, include: { payments: true } });
    expect(row.amountFen).toBe(0n);
    expect(row.payments).toHaveLength(0);
    const ws = await getCaseWorkspace(owner.id, id, now);
    // No WeChat rule (零钱明细) and no transfer: the only running rule needs an appeal first.
    expect(ws.deadlines.every((d) => d.status === "not_applicable")).toBe(true);
    expect(ws.situations).toEqual(["CANNOT_PAY"]);
  });

  test("a fraud case still needs a payment: the same schema refuses none, with the translated code", () => {
    const parsed = CaseFormSchema.safeParse({ ...fraudForm(), payments: [] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain("errors.paymentRequired");
  });
});
