import { createHash } from "node:crypto";
import { catalogFingerprint, HOLIDAYS_CN, type DeadlineRule } from "@/lib/deadlines";
import { RULE_CATALOG } from "@/lib/kinds/catalog";

/** Bump when planReminders changes what it produces for the same deadlines. */
const PLANNER_REVISION = 2;

/** The plan version for a rule catalog (a test passes a changed one). */
export function planVersionFor(rules: readonly DeadlineRule[] = RULE_CATALOG): string {
  return createHash("sha256")
    .update(JSON.stringify({ planner: PLANNER_REVISION, holidays: HOLIDAYS_CN, rules: catalogFingerprint(rules) }))
    .digest("hex")
    .slice(0, 16);
}

/**
 * Stored on every planned reminder. When the holiday calendar gains a year, a rule changes
 * (its window, trigger, scope…) or the planner changes, this value changes, and the worker
 * re-plans every open case whose scheduled reminders carry another one.
 */
export const PLAN_VERSION = planVersionFor();
