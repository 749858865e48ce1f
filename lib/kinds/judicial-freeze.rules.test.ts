import { describe, expect, test } from "vitest";
import { deadlineFor, ev, windowOf } from "@/lib/deadlines/test-utils";

const kind = "JUDICIAL_FREEZE" as const;
const now = "2025-01-01T00:00:00+08:00";

describe("judicial freeze rules", () => {
  test("freeze.preservation-ruling: 48 h from acceptance, across New Year", () => {
    const d = deadlineFor(
      { kind },
      [ev("PRESERVATION_ACCEPTED", "2025-12-31T16:30:00+08:00")],
      now,
      "freeze.preservation-ruling",
    );
    expect(windowOf(d)).toEqual(["2026-01-02T08:30:00.000Z", "2026-01-02T08:30:00.000Z"]);
  });
  test("freeze.file-suit: 30 civil days from execution", () => {
    const d = deadlineFor(
      { kind },
      [ev("PRESERVATION_EXECUTED", "2025-01-20T10:00:00+08:00")],
      now,
      "freeze.file-suit",
    );
    expect(windowOf(d)).toEqual(["2025-02-19T15:59:59.999Z", "2025-02-19T15:59:59.999Z"]);
  });
  test("freeze.expiry-renewal: end of the date copied from the notice", () => {
    const events = [ev("FREEZE_NOTICE_RECEIVED", "2025-03-16T10:00:00+08:00")];
    const d = deadlineFor({ kind, freezeExpiresOn: "2026-03-15" }, events, now, "freeze.expiry-renewal");
    expect(windowOf(d)).toEqual(["2026-03-15T15:59:59.999Z", "2026-03-15T15:59:59.999Z"]);
    expect(deadlineFor({ kind }, events, now, "freeze.expiry-renewal").status).toBe("not_applicable");
    expect(() => deadlineFor({ kind, freezeExpiresOn: "2026-02-30" }, events, now, "freeze.expiry-renewal")).toThrow(
      RangeError,
    );
  });
});
