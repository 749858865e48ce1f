import type { DeadlineRule } from "./rule-types";

/**
 * What of the rule catalog decides when a deadline falls and whether it applies: hashed into
 * URGENCY_VERSION and PLAN_VERSION (with the holiday table), so a changed rule re-orders and
 * re-plans every open case once. Labels and texts are left out: they are read on render.
 * The catalog itself is the kinds' (lib/kinds/catalog.ts): the engine holds no kind's rules.
 */
export function catalogFingerprint(rules: readonly DeadlineRule[]): string {
  return JSON.stringify(rules.map((r) => [r.id, r.kind, r.scope, r.owner, r.trigger, r.metBy, r.window]));
}
