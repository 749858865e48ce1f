import { describe, expect, test } from "vitest";
import { draftPaymentsOf, mergeDraftPayments, type DraftPayment } from "./draft-payments";
import { MAX_PAYMENTS } from "./schema";

const zone = "Asia/Shanghai";
const blank: DraftPayment = {
  occurredAt: "",
  amount: "",
  transactionId: "",
  counterpartyName: "",
  counterpartyAccount: "",
};
const typed = (occurredAt: string, amount: string, transactionId = ""): DraftPayment => ({
  ...blank,
  occurredAt,
  amount,
  transactionId,
});
const fromBill = (iso: string, amountFen: bigint, transactionId: string | null = "4200001") => ({
  occurredAt: new Date(iso),
  amountFen,
  transactionId,
  counterpartyName: "张某",
  counterpartyAccount: null,
});

describe("bill rows merged into the wizard's payments", () => {
  test("the empty starting row goes; rows become the wizard's text in the user's zone, seconds kept", () => {
    const merged = mergeDraftPayments([blank], [fromBill("2026-03-06T16:15:09Z", 128_050n)], zone);
    expect(merged).toEqual({
      payments: [
        {
          occurredAt: "2026-03-07T00:15:09",
          amount: "1280.50",
          transactionId: "4200001",
          counterpartyName: "张某",
          counterpartyAccount: "",
        },
      ],
      added: 1,
      skipped: 0,
      tooMany: false,
    });
    // The same instant in another zone is another wall time.
    expect(
      mergeDraftPayments([], [fromBill("2026-03-06T16:15:00Z", 1n)], "Europe/Berlin").payments[0]?.occurredAt,
    ).toBe("2026-03-06T17:15");
  });

  test("earliest first; a typed row keeps its place in time, one whose time does not read goes last", () => {
    const merged = mergeDraftPayments(
      [typed("2026-03-05T09:00", "50"), typed("not yet", "7")],
      [fromBill("2026-03-06T16:15:09Z", 100n, "B"), fromBill("2026-03-01T01:00:00Z", 200n, "A")],
      zone,
    );
    expect(merged.payments.map((p) => [p.occurredAt, p.amount])).toEqual([
      ["2026-03-01T09:00", "2.00"],
      ["2026-03-05T09:00", "50"],
      ["2026-03-07T00:15:09", "1.00"],
      ["not yet", "7"],
    ]);
  });

  test("a row already there (same time, amount, number — as typed or imported before) is skipped", () => {
    const existing = [typed("2026-03-07T00:15:09", "１２８０．５", "4200001")];
    const merged = mergeDraftPayments(
      existing,
      [fromBill("2026-03-06T16:15:09Z", 128_050n), fromBill("2026-03-06T16:15:09Z", 128_050n, "4200002")],
      zone,
    );
    expect([merged.added, merged.skipped, merged.payments.length]).toEqual([1, 1, 2]);
  });

  test("says when the list would pass the case's limit", () => {
    const many = Array.from({ length: MAX_PAYMENTS }, (_, i) =>
      typed(`2026-01-01T10:${String(i).padStart(2, "0")}`, "1"),
    );
    expect(mergeDraftPayments(many, [fromBill("2026-03-01T00:00:00Z", 1n)], zone).tooMany).toBe(true);
    expect(mergeDraftPayments(many.slice(1), [fromBill("2026-03-01T00:00:00Z", 1n)], zone).tooMany).toBe(false);
  });

  test("reads whatever shape a saved draft holds without throwing", () => {
    expect(draftPaymentsOf({ payments: [null, 3, { amount: 5, occurredAt: "2026-01-01T10:00" }] })).toEqual([
      { ...blank, occurredAt: "2026-01-01T10:00" },
    ]);
    expect(draftPaymentsOf({})).toEqual([]);
  });
});
