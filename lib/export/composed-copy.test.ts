import { describe, expect, test } from "vitest";
import { caseDeadlines } from "@/lib/cases/case-deadlines";
import { CASE_KINDS, PLATFORMS, type CaseKind } from "@/lib/cases/schema";
import type { StoredFacts } from "@/lib/cases/stored-facts";
import { RULE_CATALOG } from "@/lib/kinds/catalog";
import { kindModule } from "@/lib/kinds";
import { copyProblems, type CopyProblem } from "@/lib/i18n/copy-check";
import { RECIPIENTS_BY_KIND } from "@/lib/letters/recipients";
import { renderLetter } from "@/lib/letters/render-letter";
import { FULL_FACTS, caseRecordFixture } from "@/tests/factories/case-record";
import { buildCaseSummary } from "./build-case-summary";
import type { CaseRecord } from "./case-record";
import type { PrintDoc } from "./print-doc";
import { translator, type Locale } from "@/lib/i18n/translator";

// Every letter and every case summary, for every kind and platform, in both languages, with
// every fact filled and with none: what the app composes must read as a careful person writes.
// The summary is checked as the PDF and the HTML print it (the same PrintDoc feeds both).

const LOCALES = ["zh-CN", "en"] as const satisfies readonly Locale[];
const OPENED = new Date("2026-11-30T02:00:00Z");
// Soon after opening most deadlines run; weeks later the short ones are met or missed.
const INSTANTS = [OPENED, new Date("2027-01-20T02:00:00Z")];
// Kept: the enums, the delayed-arrival option (not blank, only a choice) and the instants the
// wizard requires (a stored case always has them: lib/kinds parses stored facts on read).
const KEEP = new Set(["kind", "restriction", "purchase", "direction", "arrival", "discoveredAt", "noticedAt"]);

function withoutFacts(kind: CaseKind): StoredFacts {
  const entries = Object.entries(FULL_FACTS[kind]).map(([key, value]) => [key, KEEP.has(key) ? value : null]);
  return Object.fromEntries(entries) as StoredFacts;
}

// One step a person of each kind records (what they discovered or noticed comes from the facts).
const RECORDED: Record<CaseKind, string> = {
  MISDIRECTED_TRANSFER: "COMPLAINT_FILED",
  FRAUD: "PLATFORM_REPORT_FILED",
  MERCHANT_DISPUTE: "RETURN_REQUESTED",
  INSURANCE_CLAIM: "CLAIM_FILED",
  JUDICIAL_FREEZE: "PRESERVATION_ACCEPTED",
  ACCOUNT_RESTRICTED: "APPEAL_FILED",
};

function record(kind: CaseKind, platform: string, facts: StoredFacts, now: Date, noLoss = false): CaseRecord {
  const full = caseRecordFixture(kind, platform, facts);
  // A case without a loss: no payment and no amount (a restricted account, a freeze of one's own).
  const fixture = noLoss ? { ...full, amountFen: 0n, payments: [] } : full;
  const base = {
    ...fixture,
    events: fixture.events.map((e) => (e.retracted ? e : { ...e, type: RECORDED[kind] })),
  };
  const events = base.events.map((e) => ({ ...e, recordedAt: e.occurredAt, actor: "user:fixture" }));
  const { deadlines } = caseDeadlines(
    { status: "OPEN", kind, platform, amountFen: base.amountFen, facts, payments: base.payments, events },
    now,
  );
  return { ...base, deadlines };
}

/** The summary as printed: each heading, paragraph, cell and line on its own. */
function printedPieces(doc: PrintDoc): string[] {
  const pieces = [doc.title, doc.subtitle ?? "", doc.footer ?? ""];
  for (const block of doc.blocks) {
    if (block.type === "facts") pieces.push(...block.rows.flat());
    else if (block.type === "table") pieces.push(...block.head, ...block.rows.flat());
    else pieces.push(block.text);
  }
  return pieces.filter((piece) => piece.length > 0);
}

const cases = CASE_KINDS.flatMap((kind) =>
  PLATFORMS.flatMap((platform) =>
    LOCALES.flatMap((locale) => (["full", "blank"] as const).map((facts) => ({ kind, platform, locale, facts }))),
  ),
);

// Kinds that can be opened without a payment (lib/kinds `needsPayment: false`), each on every platform.
const noLossCases = CASE_KINDS.filter((kind) => !kindModule(kind).needsPayment).flatMap((kind) =>
  PLATFORMS.flatMap((platform) => LOCALES.map((locale) => ({ kind, platform, locale }))),
);

/** What a case without a loss must never print: an amount to fill in, ¥0.00, "共 0 笔". */
const NO_MONEY = /涉及金额】|the amount\]|¥0\.00|共 0 笔|\(0,|0 payments/u;

const show = (problems: CopyProblem[]) => problems.map((p) => `${p.rule}: ${p.at}`);

describe("composed copy reads as a careful person writes", () => {
  test.each(cases)("$kind on $platform ($locale, $facts facts): letters", ({ kind, platform, locale, facts }) => {
    const stored = facts === "full" ? FULL_FACTS[kind] : withoutFacts(kind);
    const subject = record(kind, platform, stored, OPENED);
    for (const recipient of RECIPIENTS_BY_KIND[kind]) {
      const { text } = renderLetter(subject, recipient, locale, OPENED);
      expect(show(copyProblems(text, locale)), `${recipient}\n${text}`).toEqual([]);
      // Each kind in its own words: a fraud was not a theft, a stolen account no deception.
      if (kind === "FRAUD") expect(text).not.toMatch(/被盗|taken over|stolen/u);
      if (kind === "INSURANCE_CLAIM") expect(text).not.toMatch(/受骗|被骗|defrauded|(?<!anti-)fraud/iu);
    }
  });

  test.each(cases)("$kind on $platform ($locale, $facts facts): summary", ({ kind, platform, locale, facts }) => {
    const stored = facts === "full" ? FULL_FACTS[kind] : withoutFacts(kind);
    for (const now of INSTANTS) {
      const doc = buildCaseSummary(record(kind, platform, stored, now), locale, now);
      const problems = printedPieces(doc).flatMap((piece) => show(copyProblems(piece, locale)));
      expect(problems, JSON.stringify(doc.blocks)).toEqual([]);
    }
  });

  test("kinds without a loss exist, so the no-payment cases below are not vacuous", () => {
    expect(new Set(noLossCases.map((c) => c.kind))).toEqual(new Set(["ACCOUNT_RESTRICTED", "JUDICIAL_FREEZE"]));
  });

  test.each(noLossCases)("$kind on $platform ($locale) without a payment: no amount, no count", (c) => {
    const { kind, platform, locale } = c;
    for (const facts of [FULL_FACTS[kind], withoutFacts(kind)]) {
      const subject = record(kind, platform, facts, OPENED, true);
      for (const recipient of RECIPIENTS_BY_KIND[kind]) {
        const { text } = renderLetter(subject, recipient, locale, OPENED);
        expect(text, `${recipient}\n${text}`).not.toMatch(NO_MONEY);
        expect(show(copyProblems(text, locale)), `${recipient}\n${text}`).toEqual([]);
      }
      for (const now of INSTANTS) {
        const doc = buildCaseSummary(subject, locale, now);
        const pieces = printedPieces(doc);
        expect(pieces.join("\n")).not.toMatch(NO_MONEY);
        expect(pieces).not.toContain(translator(locale, "export.summary")("amount"));
        expect(pieces.flatMap((piece) => show(copyProblems(piece, locale)))).toEqual([]);
      }
    }
  });

  test("the summary's deadlines sit under a lead that says what they are: running apart from met and missed", () => {
    const seen = new Set<string>();
    for (const kind of CASE_KINDS) {
      for (const locale of LOCALES) {
        const s = translator(locale, "export.summary");
        const running = new Set([s("open"), s("paused")]);
        for (const now of INSTANTS) {
          const { blocks } = buildCaseSummary(record(kind, "WECHAT_PAY", FULL_FACTS[kind], now), locale, now);
          blocks.forEach((block, i) => {
            const lead = blocks[i - 1];
            if (block.type !== "table" || lead?.type !== "paragraph") return;
            if (lead.text !== s("deadlinesRunning") && lead.text !== s("deadlinesEnded")) return;
            const outcomes = block.rows.map((row) => row[2]!);
            seen.add(lead.text === s("deadlinesRunning") ? "running" : "ended");
            expect(
              outcomes.every((o) => running.has(o)),
              `${kind} ${lead.text} ${outcomes.join()}`,
            ).toBe(lead.text === s("deadlinesRunning"));
          });
        }
      }
    }
    // Both groups were printed somewhere, so the check above was not vacuous.
    expect([...seen].sort()).toEqual(["ended", "running"]);
  });

  test("each rule's next step, as reminders and the dashboard print it after 下一步：", () => {
    for (const locale of LOCALES) {
      const label = translator(locale)("reminderEmail.nextStep");
      for (const rule of RULE_CATALOG) {
        const line = `${label}${locale === "en" && !label.endsWith(" ") ? " " : ""}${rule.escalation.text[locale]}`;
        expect(show(copyProblems(line, locale)), `${rule.id}: ${line}`).toEqual([]);
      }
    }
  });
});
