import { describe, expect, test } from "vitest";
import { CASE_KINDS } from "../case-input";
import { deadlineFor, ev, windowOf } from "../test-utils";

describe("rules for every kind", () => {
  test.each(CASE_KINDS)("all.statement-download: 3 years − 30 days from the transaction (%s)", (kind) => {
    const d = deadlineFor(
      { kind },
      [ev("TRANSFER_MADE", "2025-03-31T09:00:00+08:00")],
      "2025-04-01T00:00:00+08:00",
      "all.statement-download",
    );
    expect(windowOf(d)).toEqual(["2028-03-01T15:59:59.999Z", "2028-03-01T15:59:59.999Z"]);
  });
  test.each(CASE_KINDS)("all.civil-limitation: 3 years from the day the loss was known (%s)", (kind) => {
    const d = deadlineFor(
      { kind },
      [ev("LOSS_KNOWN", "2025-06-15T10:00:00+08:00")],
      "2025-06-16T00:00:00+08:00",
      "all.civil-limitation",
    );
    expect(windowOf(d)).toEqual(["2028-06-15T15:59:59.999Z", "2028-06-15T15:59:59.999Z"]);
  });
});
