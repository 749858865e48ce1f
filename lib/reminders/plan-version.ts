import { createHash } from "node:crypto";
import { HOLIDAYS_CN } from "@/lib/deadlines";

/** Bump when planReminders changes what it produces for the same deadlines. */
const PLANNER_REVISION = 2;

/**
 * Stored on every planned reminder. When the holiday calendar gains a year (or
 * the planner changes), this value changes, and the worker re-plans every open
 * case whose scheduled reminders carry another one.
 */
export const PLAN_VERSION = createHash("sha256")
  .update(JSON.stringify({ planner: PLANNER_REVISION, holidays: HOLIDAYS_CN }))
  .digest("hex")
  .slice(0, 16);
