import { describe, expect, test } from "vitest";
import { caseDeadlines } from "@/lib/cases/case-deadlines";
import { translator, type Locale } from "@/lib/i18n/translator";
import { FULL_FACTS, caseRecordFixture } from "@/tests/factories/case-record";
import { buildCaseSummary, deadlineOutcome } from "./build-case-summary";
import type { CaseRecord } from "./case-record";

// A deadline already past when the case was opened is neither running nor missed here: the
// summary says so, as the case page does ("已过期（开案前）").

const OPENED = new Date("2026-11-29T09:00:00Z");

/** A WeChat Pay fraud found out on 11-01, not reported, the case opened four weeks later. */
function lateFraud(): CaseRecord {
  const facts = {
    ...FULL_FACTS.FRAUD,
    discoveredAt: "2026-11-01T08:00:00.000Z",
    policeReportedAt: null,
    policeReceiptNo: null,
  };
  const base = { ...caseRecordFixture("FRAUD", "WECHAT_PAY", facts), events: [] };
  const events = [
    { id: "o", type: "CASE_OPENED", occurredAt: OPENED, recordedAt: OPENED, actor: "user:x", payload: {} },
  ];
  const { deadlines } = caseDeadlines(
    {
      status: "OPEN",
      kind: "FRAUD",
      platform: "WECHAT_PAY",
      amountFen: base.amountFen,
      facts,
      payments: base.payments,
      events,
    },
    OPENED,
  );
  return { ...base, deadlines };
}

describe("a deadline lapsed before the case in the summary", () => {
  test("has its own outcome, not open", () => {
    const police = lateFraud().deadlines.find((d) => d.ruleId === "fraud.police-report")!;
    expect(police.status).toBe("lapsed");
    expect(deadlineOutcome(police)).toBe("lapsed");
  });

  test.each(["zh-CN", "en"] as const)("is printed under its own lead, never as not yet due (%s)", (locale: Locale) => {
    const s = translator(locale, "export.summary");
    const { blocks } = buildCaseSummary(lateFraud(), locale, OPENED);
    const at = blocks.findIndex((b) => b.type === "paragraph" && b.text === s("deadlinesLapsed"));
    expect(at).toBeGreaterThan(-1);
    const table = blocks[at + 1]!;
    if (table.type !== "table") throw new Error("no table after the lead");
    const police = table.rows.find((row) =>
      row[0]!.startsWith(locale === "en" ? "Report to the police" : "向公安机关报案"),
    );
    expect(police?.[2]).toBe(s("lapsed"));
    expect(s("lapsed")).toBe(locale === "en" ? "Already past when the case was opened" : "开案前已过期");
    // Not in the running group.
    const runningAt = blocks.findIndex((b) => b.type === "paragraph" && b.text === s("deadlinesRunning"));
    if (runningAt > -1) {
      const running = blocks[runningAt + 1]!;
      if (running.type === "table") expect(running.rows.map((r) => r[2])).not.toContain(s("lapsed"));
    }
  });
});
