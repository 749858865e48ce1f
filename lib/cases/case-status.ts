// The case's status as an explicit state machine (pure). DRAFT → OPEN happens only when the
// wizard is submitted; every other move is one the user picks, checked here.

export const CASE_STATUSES = [
  "DRAFT",
  "OPEN",
  "WAITING_ON_COUNTERPARTY",
  "WAITING_ON_USER",
  "ESCALATED",
  "RECOVERED_PARTIAL",
  "RECOVERED_FULL",
  "RESOLVED",
  "CLOSED",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

const WORKING = ["WAITING_ON_COUNTERPARTY", "WAITING_ON_USER", "ESCALATED"] as const;
const ENDINGS = ["RECOVERED_PARTIAL", "RECOVERED_FULL", "RESOLVED", "CLOSED"] as const;

export const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  DRAFT: [],
  OPEN: [...WORKING, ...ENDINGS],
  WAITING_ON_COUNTERPARTY: ["WAITING_ON_USER", "ESCALATED", ...ENDINGS],
  WAITING_ON_USER: ["WAITING_ON_COUNTERPARTY", "ESCALATED", ...ENDINGS],
  ESCALATED: ["WAITING_ON_COUNTERPARTY", "WAITING_ON_USER", ...ENDINGS],
  // Part of the money back: the case goes on until the rest comes back or the user closes it.
  RECOVERED_PARTIAL: [...WORKING, "RECOVERED_FULL", "RESOLVED", "CLOSED"],
  RECOVERED_FULL: ["CLOSED"],
  RESOLVED: ["OPEN", "CLOSED"],
  CLOSED: ["OPEN"],
};

/** Statuses in which the case is still being worked on (deadlines matter, reminders go out). */
export const ACTIVE_STATUSES: readonly CaseStatus[] = ["OPEN", ...WORKING, "RECOVERED_PARTIAL"];

export type TransitionCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: "not_allowed" | "record_recovery_first" | "recovery_incomplete" };

/** Whether `from` → `to` is allowed for a case with these amounts (fen). */
export function checkTransition(
  from: CaseStatus,
  to: CaseStatus,
  amounts: { readonly amountFen: bigint; readonly recoveredFen: bigint },
): TransitionCheck {
  if (!TRANSITIONS[from].includes(to)) return { ok: false, reason: "not_allowed" };
  if (to === "RECOVERED_PARTIAL" && amounts.recoveredFen <= 0n) return { ok: false, reason: "record_recovery_first" };
  if (to === "RECOVERED_FULL" && amounts.recoveredFen < amounts.amountFen) {
    return { ok: false, reason: "recovery_incomplete" };
  }
  return { ok: true };
}
