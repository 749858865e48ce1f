import { describe, expect, test } from "vitest";
import { CASE_EVENT_TYPES, CASE_KINDS } from "@/lib/deadlines";
import { RULE_CATALOG, findRule, rulesForKind } from "./catalog";
import { KINDS } from "./index";

describe("rule catalog", () => {
  test("ids are unique and prefixed by their kind", () => {
    const ids = RULE_CATALOG.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const prefix = {
      MISDIRECTED_TRANSFER: "misdirected.",
      FRAUD: "fraud.",
      MERCHANT_DISPUTE: "merchant.",
      INSURANCE_CLAIM: "insurance.",
      JUDICIAL_FREEZE: "freeze.",
      ACCOUNT_RESTRICTED: "restricted.",
      ALL: "all.",
    };
    for (const rule of RULE_CATALOG) expect(rule.id.startsWith(prefix[rule.kind]), rule.id).toBe(true);
  });
  test("every rule has a trigger, a met event, bilingual labels, a source and an escalation", () => {
    for (const rule of RULE_CATALOG) {
      expect(rule.trigger.length, rule.id).toBeGreaterThan(0);
      expect(rule.metBy.length, rule.id).toBeGreaterThan(0);
      for (const type of [...rule.trigger, ...rule.metBy]) expect(CASE_EVENT_TYPES).toContain(type);
      expect(
        rule.label.en && rule.label["zh-CN"] && rule.escalation.text.en && rule.escalation.text["zh-CN"],
      ).toBeTruthy();
      expect(rule.source["zh-CN"] && rule.source.en, rule.id).toBeTruthy();
      if (rule.escalation.nextRuleId) expect(findRule(rule.escalation.nextRuleId), rule.id).toBeDefined();
      if ("min" in rule.window && typeof rule.window.min === "number" && typeof rule.window.max === "number") {
        expect(rule.window.min).toBeLessThanOrEqual(rule.window.max);
      }
    }
  });
  test("every kind has its own rules plus the two all-kinds rules", () => {
    for (const kind of CASE_KINDS) {
      expect(KINDS[kind].rules.length).toBeGreaterThan(1);
      expect(
        rulesForKind(kind)
          .map((r) => r.id)
          .slice(-2),
      ).toEqual(["all.statement-download", "all.civil-limitation"]);
    }
    expect(RULE_CATALOG).toHaveLength(19);
  });
  test("reported success rates from seed 002", () => {
    expect(findRule("misdirected.complaint-review")?.reportedSuccessRate).toBe(0.7);
    expect(findRule("misdirected.customer-service-appeal")?.reportedSuccessRate).toBe(0.65);
    expect(findRule("fraud.platform-report-review")?.reportedSuccessRate).toBe(0.3);
    expect(findRule("merchant.complaint-review")?.reportedSuccessRate).toBe(0.5);
  });
  test("unknown kind is a RangeError", () => {
    expect(() => rulesForKind("NOPE" as never)).toThrow(RangeError);
  });
});
