import { describe, expect, test } from "vitest";
import { getCaseWorkspace } from "@/lib/cases";
import { db } from "@/lib/db";
import type { CaseKind } from "@/lib/deadlines";
import { asksAmount, carriedAnswers, FIRST_AID_SLUGS, parseFirstAid } from "@/lib/first-aid/answers";
import { saveFirstAidCase } from "@/lib/first-aid/save";
import { createTestUser } from "./factories/user";

// "保存为案件" for every kind, through the one save both ways in use (the signed-in button and
// the confirmation link): the answers first aid asked become the case, and what it did not ask
// (an amount where nothing was lost) is not invented.
const now = new Date("2026-12-07T04:00:00Z");
const kinds = Object.values(FIRST_AID_SLUGS) as CaseKind[];

describe("a first-aid answer saved as a case", () => {
  test.each(kinds)("%s: the case holds the answers, in Beijing time", async (kind) => {
    const owner = await createTestUser();
    const params = new URLSearchParams({ platform: "ALIPAY", at: "2026-12-07 10:30" });
    if (asksAmount(kind)) params.set("amount", "1,280.50");
    if (kind === "ACCOUNT_RESTRICTED") params.set("restriction", "WITHDRAWAL_FAILING");
    const parsed = parseFirstAid(kind, params, now);
    if (!parsed.ok) throw new Error(`answers should parse: ${JSON.stringify(parsed.errors)}`);

    const saved = await saveFirstAidCase(owner.id, carriedAnswers(parsed.answers), now);
    if (!saved.ok) throw new Error("the save should open a case");
    expect(saved.path).toBe(`/cases/${saved.caseId}`);

    const row = await db().case.findUniqueOrThrow({ where: { id: saved.caseId }, include: { payments: true } });
    expect(row).toMatchObject({ ownerId: owner.id, kind, platform: "ALIPAY", status: "OPEN" });
    if (asksAmount(kind)) {
      expect(row.amountFen).toBe(128_050n);
      expect(row.payments.map((p) => [p.occurredAt.toISOString(), p.amountFen])).toEqual([
        ["2026-12-07T02:30:00.000Z", 128_050n],
      ]);
    } else {
      // A restricted or frozen account has lost no payment: none is invented, no ¥0.01 placeholder.
      expect(row.amountFen).toBe(0n);
      expect(row.payments).toEqual([]);
    }
    if (kind === "ACCOUNT_RESTRICTED") expect(row.facts).toMatchObject({ restriction: "WITHDRAWAL_FAILING" });
    const ws = await getCaseWorkspace(owner.id, saved.caseId, now);
    expect(ws.timeZone).toBe("Asia/Shanghai");
  });

  test("answers that do not parse open nothing and go to the dashboard", async () => {
    const owner = await createTestUser();
    expect(await saveFirstAidCase(owner.id, "fraud?platform=ALIPAY&at=not-a-time", now)).toEqual({
      ok: false,
      path: "/dashboard",
    });
    expect(await db().case.count({ where: { ownerId: owner.id } })).toBe(0);
  });
});
