import { describe, expect, test } from "vitest";
import { changeCaseStatus, createCase, listCasesForUser, recordCaseEvent } from "@/lib/cases";
import { RecordEventSchema } from "@/lib/cases/record-event-schema";
import { getDashboard } from "@/lib/dashboard";
import { db } from "@/lib/db";
import { parseForm, wechatFraudForm } from "./factories/case";
import { createTestUser } from "./factories/user";

// 2026-12-02 12:00 Beijing. A fraud's police report is due 48 h after its discovery.
const now = new Date("2026-12-02T04:00:00Z");
const zone = "Asia/Shanghai";

async function fraud(ownerId: string, title: string, discoveredAt: string, amount = "100") {
  const form = wechatFraudForm({
    title,
    payments: [{ occurredAt: "2026-11-28T09:00", amount }],
    facts: { discoveredAt, policeReported: "no" },
  });
  return (await createCase(ownerId, parseForm(form), new Date("2026-11-28T02:00:00Z"))).id;
}

describe("dashboard", () => {
  test("what needs me now: overdue, today, this week, most urgent first; later and done ones left out", async () => {
    const owner = await createTestUser();
    const week = await fraud(owner.id, "本周", "2026-12-02T10:00"); // due 12-04 10:00
    const overdueLate = await fraud(owner.id, "逾期两小时", "2026-11-30T10:00"); // due 12-02 10:00
    const today = await fraud(owner.id, "今天", "2026-12-01T20:00"); // due 12-03 20:00: this week, not today
    const todayReal = await fraud(owner.id, "今晚", "2026-11-30T22:00"); // due 12-02 22:00
    const overdueEarly = await fraud(owner.id, "逾期一天", "2026-11-29T11:00"); // due 12-01 11:00
    const far = await fraud(owner.id, "下个月", "2026-12-20T10:00"); // due 12-22: beyond the week
    const done = await fraud(owner.id, "已报案", "2026-11-30T09:00");
    await recordCaseEvent(
      owner.id,
      done,
      RecordEventSchema.parse({ type: "POLICE_REPORTED", occurredAt: "2026-12-01T09:00", timeZone: zone }),
      now,
    );

    const dashboard = await getDashboard(owner.id, now, zone);
    const police = dashboard.attention.filter((a) => a.ruleId === "fraud.police-report");
    expect(police.map((a) => [a.caseTitle["zh-CN"], a.bucket])).toEqual([
      ["逾期一天", "overdue"],
      ["逾期两小时", "overdue"],
      ["今晚", "today"],
      ["今天", "week"],
      ["本周", "week"],
    ]);
    expect(police[0]?.latest.toISOString()).toBe("2026-12-01T03:00:00.000Z");
    expect(police[0]?.doneEvent).toBe("POLICE_REPORTED");
    // Once overdue, the next step is the escalation, not the label again.
    expect(police[0]?.nextStep.en).toMatch(/^Report now anyway/);
    expect(police.map((a) => a.caseId)).not.toContain(far);
    expect(police.map((a) => a.caseId)).not.toContain(done);
    expect(
      [week, overdueLate, today, todayReal, overdueEarly].every((id) => dashboard.cases.items.some((c) => c.id === id)),
    ).toBe(true);
  });

  test("recording the obligation done takes it off the list and re-sorts My cases", async () => {
    const owner = await createTestUser();
    const first = await fraud(owner.id, "甲", "2026-11-30T10:00");
    const second = await fraud(owner.id, "乙", "2026-12-01T10:00");
    expect((await listCasesForUser(owner.id, now)).items.map((c) => c.id)).toEqual([first, second]);
    await recordCaseEvent(
      owner.id,
      first,
      RecordEventSchema.parse({
        type: "POLICE_REPORTED",
        occurredAt: "2026-12-02T11:00",
        timeZone: zone,
        ruleId: "fraud.police-report",
      }),
      now,
    );
    const dashboard = await getDashboard(owner.id, now, zone);
    expect(dashboard.attention.filter((a) => a.ruleId === "fraud.police-report").map((a) => a.caseId)).toEqual([
      second,
    ]);
    const stored = await db().case.findUniqueOrThrow({ where: { id: second } });
    expect(stored.nextUserDeadlineAt?.toISOString()).toBe("2026-12-03T02:00:00.000Z");
    expect(stored.urgencyRank).toBe(0);
  });

  test("counts by status, money per kind in fen, filters by kind, platform, status and text", async () => {
    const owner = await createTestUser();
    const a = await fraud(owner.id, "刷单诈骗", "2026-12-01T10:00", "1,000.50");
    await fraud(owner.id, "游戏账号诈骗", "2026-12-01T11:00", "250");
    await recordCaseEvent(
      owner.id,
      a,
      RecordEventSchema.parse({
        type: "MONEY_RECOVERED",
        occurredAt: "2026-12-02T09:00",
        timeZone: zone,
        amount: "300",
      }),
      now,
    );
    const version = (await db().case.findUniqueOrThrow({ where: { id: a } })).version;
    await changeCaseStatus(owner.id, a, version, "RECOVERED_PARTIAL", now);

    const dashboard = await getDashboard(owner.id, now, zone);
    expect(dashboard.statusCounts).toEqual([
      { status: "OPEN", count: 1 },
      { status: "RECOVERED_PARTIAL", count: 1 },
    ]);
    expect(dashboard.money).toEqual([{ kind: "FRAUD", cases: 2, atStakeFen: 125_050n, recoveredFen: 30_000n }]);
    expect(dashboard.totals).toEqual({ atStakeFen: 125_050n, recoveredFen: 30_000n });
    const completeness = dashboard.completeness.get(a);
    expect(completeness?.present).toBe(0);
    expect(completeness?.total).toBeGreaterThan(0);

    const byText = await getDashboard(owner.id, now, zone, { text: "刷单" });
    expect(byText.cases.items.map((c) => c.title)).toEqual(["刷单诈骗"]);
    expect(byText.cases.total).toBe(1);
    expect(
      (await getDashboard(owner.id, now, zone, { status: "RECOVERED_PARTIAL" })).cases.items.map((c) => c.id),
    ).toEqual([a]);
    expect((await getDashboard(owner.id, now, zone, { kind: "MERCHANT_DISPUTE" })).cases.total).toBe(0);
    expect((await getDashboard(owner.id, now, zone, { platform: "WECHAT_PAY" })).cases.total).toBe(2);
    // Filters narrow the case list only; what is due stays visible.
    expect(byText.attention.length).toBeGreaterThan(0);
  });

  test("another user's cases never appear, and a new user sees an empty dashboard", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    await fraud(owner.id, "别人的案件", "2026-12-01T10:00");
    const dashboard = await getDashboard(stranger.id, now, zone);
    expect(dashboard).toMatchObject({ attention: [], statusCounts: [], money: [], totalCases: 0 });
    expect(dashboard.cases.items).toEqual([]);
  });

  test("My cases pages follow the stored order with a stable cursor", async () => {
    const owner = await createTestUser();
    const ids = [];
    for (const day of ["03", "01", "02"]) ids.push(await fraud(owner.id, `12-${day}`, `2026-12-${day}T10:00`));
    const first = await listCasesForUser(owner.id, now, { limit: 2 });
    expect(first.items.map((c) => c.title)).toEqual(["12-01", "12-02"]);
    expect(first.total).toBe(3);
    const second = await listCasesForUser(owner.id, now, { limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((c) => c.title)).toEqual(["12-03"]);
    expect(second.nextCursor).toBeNull();
    // A mangled cursor starts from the top.
    expect((await listCasesForUser(owner.id, now, { limit: 1, cursor: "%%%" })).items[0]?.title).toBe("12-01");
  });
});
