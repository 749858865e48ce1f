import { describe, expect, test } from "vitest";
import { CASE_STATUSES, TRANSITIONS, checkTransition } from "./case-status";

const amounts = (amountFen: bigint, recoveredFen: bigint) => ({ amountFen, recoveredFen });

describe("case status state machine", () => {
  test("a draft only leaves through the wizard; closed only reopens", () => {
    for (const to of CASE_STATUSES) {
      expect(checkTransition("DRAFT", to, amounts(1n, 1n)).ok).toBe(false);
    }
    expect(TRANSITIONS.CLOSED).toEqual(["OPEN"]);
  });

  test("waiting on them ↔ waiting on me, and escalation from either", () => {
    expect(checkTransition("WAITING_ON_COUNTERPARTY", "WAITING_ON_USER", amounts(1n, 0n))).toEqual({ ok: true });
    expect(checkTransition("WAITING_ON_USER", "WAITING_ON_COUNTERPARTY", amounts(1n, 0n))).toEqual({ ok: true });
    expect(checkTransition("WAITING_ON_USER", "ESCALATED", amounts(1n, 0n))).toEqual({ ok: true });
  });

  test("recovered states need the money recorded first", () => {
    expect(checkTransition("OPEN", "RECOVERED_PARTIAL", amounts(300000n, 0n))).toEqual({
      ok: false,
      reason: "record_recovery_first",
    });
    expect(checkTransition("OPEN", "RECOVERED_FULL", amounts(300000n, 100000n))).toEqual({
      ok: false,
      reason: "recovery_incomplete",
    });
    expect(checkTransition("OPEN", "RECOVERED_FULL", amounts(300000n, 300000n))).toEqual({ ok: true });
  });

  test("no way back from a full recovery except closing", () => {
    expect(checkTransition("RECOVERED_FULL", "OPEN", amounts(1n, 1n))).toEqual({ ok: false, reason: "not_allowed" });
    expect(checkTransition("OPEN", "OPEN", amounts(1n, 1n))).toEqual({ ok: false, reason: "not_allowed" });
    expect(checkTransition("OPEN", "DRAFT", amounts(1n, 1n))).toEqual({ ok: false, reason: "not_allowed" });
  });
});
