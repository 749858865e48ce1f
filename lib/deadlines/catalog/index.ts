import type { CaseFacts, CaseKind } from "../case-input";
import { ACCOUNT_RESTRICTED_RULES } from "./account-restricted";
import { ALL_KINDS_RULES } from "./all-kinds";
import { FRAUD_RULES } from "./fraud";
import { INSURANCE_CLAIM_RULES } from "./insurance-claim";
import { JUDICIAL_FREEZE_RULES } from "./judicial-freeze";
import { MERCHANT_DISPUTE_RULES } from "./merchant-dispute";
import { MISDIRECTED_TRANSFER_RULES } from "./misdirected-transfer";
import type { DeadlineRule } from "./rule-types";

export const RULES_BY_KIND: Readonly<Record<CaseKind, readonly DeadlineRule[]>> = {
  MISDIRECTED_TRANSFER: MISDIRECTED_TRANSFER_RULES,
  FRAUD: FRAUD_RULES,
  MERCHANT_DISPUTE: MERCHANT_DISPUTE_RULES,
  INSURANCE_CLAIM: INSURANCE_CLAIM_RULES,
  JUDICIAL_FREEZE: JUDICIAL_FREEZE_RULES,
  ACCOUNT_RESTRICTED: ACCOUNT_RESTRICTED_RULES,
};

export { ALL_KINDS_RULES };

/** Every rule in the catalog, kind rules first, then the all-kinds rules. */
export const RULE_CATALOG: readonly DeadlineRule[] = [...Object.values(RULES_BY_KIND).flat(), ...ALL_KINDS_RULES];

const applicable = new Map<CaseKind, readonly DeadlineRule[]>();

/** The rules a case of this kind is tracked against: its own, then the all-kinds ones. */
export function rulesForKind(kind: CaseKind): readonly DeadlineRule[] {
  let rules = applicable.get(kind);
  if (!rules) {
    const own = RULES_BY_KIND[kind];
    if (!own) throw new RangeError(`Unknown case kind "${String(kind)}"`);
    rules = [...own, ...ALL_KINDS_RULES];
    applicable.set(kind, rules);
  }
  return rules;
}

/**
 * Whether a rule applies to a case: its platform is one the rule's source speaks for, and the
 * case is in one of the rule's situations. Facts that do not say (the calculator) keep the rule.
 */
export function ruleInScope(rule: DeadlineRule, facts: Pick<CaseFacts, "platform" | "situations">): boolean {
  const { platforms, situations } = rule.scope;
  if (facts.platform && platforms !== "ALL" && !platforms.includes(facts.platform)) return false;
  if (facts.situations && situations && !situations.some((s) => facts.situations!.includes(s))) return false;
  return true;
}

export function findRule(id: string): DeadlineRule | undefined {
  return RULE_CATALOG.find((rule) => rule.id === id);
}
