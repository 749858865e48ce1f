import { describe, expect, test } from "vitest";
import { createCase, refreshStaleUrgency } from "@/lib/cases";
import { urgencyVersionFor, URGENCY_VERSION } from "@/lib/cases/urgency-version";
import { db } from "@/lib/db";
import { RULE_CATALOG } from "@/lib/kinds/catalog";
import { replanStaleCases } from "@/lib/reminders/replan-cases";
import { PLAN_VERSION, planVersionFor } from "@/lib/reminders/plan-version";
import { parseForm, wechatFraudForm } from "./factories/case";
import { createTestUser } from "./factories/user";

const now = new Date("2026-11-29T11:00:00Z");

/** The catalog as it was before a rule changed: the police report once had 24 hours, not 48. */
const OLD_CATALOG = RULE_CATALOG.map((rule) =>
  rule.id === "fraud.police-report" ? { ...rule, window: { clock: "HOURS" as const, min: 24, max: 24 } } : rule,
);

describe("a changed rule reaches stored data", () => {
  test("the versions hash the rule catalog: a changed window, scope or trigger gives another version", () => {
    expect(planVersionFor(OLD_CATALOG)).not.toBe(PLAN_VERSION);
    expect(urgencyVersionFor(OLD_CATALOG)).not.toBe(URGENCY_VERSION);
    const rescoped = RULE_CATALOG.map((r) =>
      r.id === "all.statement-download" ? { ...r, scope: { platforms: "ALL" as const } } : r,
    );
    expect(planVersionFor(rescoped)).not.toBe(PLAN_VERSION);
    // Labels are read on render: changing one re-plans nothing.
    const relabelled = RULE_CATALOG.map((r) => ({ ...r, label: { "zh-CN": "改", en: "changed" } }));
    expect(planVersionFor(relabelled)).toBe(PLAN_VERSION);
  });

  test("a case planned and ordered under the old rule is re-planned and re-ordered once", async () => {
    const owner = await createTestUser();
    await db().user.update({ where: { id: owner.id }, data: { emailVerified: now } });
    const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), now);
    // As stored before the rule changed: the old catalog's versions, an old police reminder instant.
    await db().reminder.updateMany({
      where: { caseId: id },
      data: { planVersion: planVersionFor(OLD_CATALOG), sendAt: new Date("2026-11-30T06:00:00Z") },
    });
    await db().case.update({ where: { id }, data: { urgencyVersion: urgencyVersionFor(OLD_CATALOG) } });

    expect(await replanStaleCases(db(), now)).toBe(1);
    const reminders = await db().reminder.findMany({ where: { caseId: id, status: "SCHEDULED" } });
    expect(reminders.length).toBeGreaterThan(0);
    expect(new Set(reminders.map((r) => r.planVersion))).toEqual(new Set([PLAN_VERSION]));
    // 48 h from discovery (16:00 Beijing 29 Nov) is 08:00Z on 1 Dec: the at-deadline reminder is there again.
    const atDeadline = reminders.find((r) => r.ruleId === "fraud.police-report" && r.offsetHours === 0);
    expect(atDeadline?.sendAt.toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(await replanStaleCases(db(), now)).toBe(0);

    expect(await refreshStaleUrgency(db(), now)).toBeGreaterThanOrEqual(1);
    const row = await db().case.findUniqueOrThrow({ where: { id } });
    expect(row.urgencyVersion).toBe(URGENCY_VERSION);
    expect(row.nextUserDeadlineAt?.toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(await refreshStaleUrgency(db(), now)).toBe(0);
  });
});
