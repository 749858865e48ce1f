import { createHash } from "node:crypto";
import { HOLIDAYS_CN } from "@/lib/deadlines";

/** Bump when urgencyOf or the choice of the next user deadline changes for the same case. */
const URGENCY_REVISION = 1;

/**
 * Stored with the urgency columns. A new holiday year (or a change here) changes it, and the
 * worker recomputes every case stored under another value — and the rows that predate the
 * columns, whose value is null (refreshStaleUrgency).
 */
export const URGENCY_VERSION = createHash("sha256")
  .update(JSON.stringify({ revision: URGENCY_REVISION, holidays: HOLIDAYS_CN }))
  .digest("hex")
  .slice(0, 16);
