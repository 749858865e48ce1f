import { describe, expect, test } from "vitest";
import { KINDS } from "@/lib/kinds";
import {
  checklistCompleteness,
  checklistForKind,
  evidenceForRule,
  factsFromPayments,
  isChecklistItem,
  uploadSlotsForKind,
} from "./checklist";

describe("checklists come from the catalog's evidence items", () => {
  test("misdirected transfer: each item once, first mention first, with the rules that need it", () => {
    const items = checklistForKind("MISDIRECTED_TRANSFER");
    const fromCatalog = KINDS.MISDIRECTED_TRANSFER.rules.flatMap((rule) => rule.evidence.map((e) => e.id));
    expect(items.map((i) => i.id)).toEqual([...new Set(fromCatalog)]);
    const screenshot = items.find((i) => i.id === "transfer-screenshot");
    expect(screenshot?.label["zh-CN"]).toBe("转账截图");
    expect(screenshot?.neededBy.map((r) => r.ruleId)).toEqual(
      KINDS.MISDIRECTED_TRANSFER.rules
        .filter((r) => r.evidence.some((e) => e.id === "transfer-screenshot"))
        .map((r) => r.id),
    );
  });

  test("an item belongs to a kind only if one of its rules names it", () => {
    expect(isChecklistItem("MISDIRECTED_TRANSFER", "transfer-screenshot")).toBe(true);
    expect(isChecklistItem("MISDIRECTED_TRANSFER", "court-documents")).toBe(false);
    expect(isChecklistItem("JUDICIAL_FREEZE", "court-documents")).toBe(true);
  });

  test("completeness counts items with at least one file; untagged files count for nothing", () => {
    const total = checklistForKind("FRAUD").length;
    const none = checklistCompleteness("FRAUD", [null, null]);
    expect([none.present, none.total, none.percent, none.missing.length]).toEqual([0, total, 0, total]);
    const some = checklistCompleteness("FRAUD", ["police-receipt", "police-receipt", "chat-records", null, "bogus"]);
    expect(some.present).toBe(2);
    expect(some.entries.find((e) => e.id === "police-receipt")?.files).toBe(2);
    expect(some.percent).toBe(Math.floor((2 * 100) / total));
    expect(some.missing.map((m) => m.id)).not.toContain("police-receipt");
    const all = checklistCompleteness(
      "FRAUD",
      checklistForKind("FRAUD").map((i) => i.id),
    );
    expect([all.percent, all.missing]).toEqual([100, []]);
  });

  test("a deadline's evidence, each marked present or missing, in the user's language", () => {
    const rule = KINDS.MISDIRECTED_TRANSFER.rules.find((r) => r.evidence.length >= 2)!;
    const [first, second] = rule.evidence;
    expect(evidenceForRule(rule, [first!.id, null], "en").slice(0, 2)).toEqual([
      { id: first!.id, label: first!.label.en, present: true },
      { id: second!.id, label: second!.label.en, present: false },
    ]);
  });
});

describe("facts meet checklist items: 交易单号 is typed in the payment form, not uploaded", () => {
  test("the misdirected transfer's 交易单号 is a fact item and no upload slot", () => {
    const number = checklistForKind("MISDIRECTED_TRANSFER").find((i) => i.id === "transaction-number");
    expect(number?.fact).toBe("paymentTransactionId");
    expect(uploadSlotsForKind("MISDIRECTED_TRANSFER").map((i) => i.id)).not.toContain("transaction-number");
    expect(uploadSlotsForKind("MISDIRECTED_TRANSFER").length).toBe(checklistForKind("MISDIRECTED_TRANSFER").length - 1);
  });

  test("a payment with a transaction id meets it; blank ids and no payments do not", () => {
    expect(factsFromPayments([{ transactionId: null }, { transactionId: "  " }])).toEqual({
      paymentTransactionId: false,
    });
    expect(factsFromPayments([])).toEqual({ paymentTransactionId: false });
    const facts = factsFromPayments([{ transactionId: null }, { transactionId: "4200001234202612060001" }]);
    expect(facts).toEqual({ paymentTransactionId: true });

    const total = checklistForKind("MISDIRECTED_TRANSFER").length;
    const without = checklistCompleteness("MISDIRECTED_TRANSFER", ["transfer-screenshot"]);
    const withFact = checklistCompleteness("MISDIRECTED_TRANSFER", ["transfer-screenshot"], facts);
    expect([without.present, withFact.present, withFact.total]).toEqual([1, 2, total]);
    const entry = withFact.entries.find((e) => e.id === "transaction-number")!;
    expect([entry.met, entry.files]).toEqual([true, 0]);
    expect(withFact.missing.map((m) => m.id)).not.toContain("transaction-number");
    expect(without.missing.map((m) => m.id)).toContain("transaction-number");
  });

  test("a deadline's evidence counts the fact as present", () => {
    const rule = KINDS.MISDIRECTED_TRANSFER.rules.find((r) => r.evidence.some((e) => e.id === "transaction-number"))!;
    const present = (facts?: { paymentTransactionId: boolean }) =>
      evidenceForRule(rule, [], "zh-CN", facts).find((e) => e.id === "transaction-number")?.present;
    expect([present(), present({ paymentTransactionId: true })]).toEqual([false, true]);
  });
});
