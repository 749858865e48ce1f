import { createHash } from "node:crypto";
import { catalogFingerprint, HOLIDAYS_CN, type DeadlineRule } from "@/lib/deadlines";
import { RULE_CATALOG } from "@/lib/kinds/catalog";

/** Bump when urgencyOf or the choice of the next user deadline changes for the same case. */
const URGENCY_REVISION = 2;

/** The urgency version for a rule catalog (a test passes a changed one). */
export function urgencyVersionFor(rules: readonly DeadlineRule[] = RULE_CATALOG): string {
  return createHash("sha256")
    .update(JSON.stringify({ revision: URGENCY_REVISION, holidays: HOLIDAYS_CN, rules: catalogFingerprint(rules) }))
    .digest("hex")
    .slice(0, 16);
}

/**
 * Stored with the urgency columns. A new holiday year, a changed rule (or a change here)
 * changes it, and the worker recomputes every case stored under another value — and the rows
 * that predate the columns, whose value is null (refreshStaleUrgency).
 */
export const URGENCY_VERSION = urgencyVersionFor();
