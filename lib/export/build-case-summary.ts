import type { Deadline } from "@/lib/deadlines";
import { caseTitle, platformName } from "@/lib/cases/case-title";
import { formatFen } from "@/lib/cases/money";
import { factRows } from "./case-facts";
import type { CaseRecord, RecordEvent } from "./case-record";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { formatDateTime, zoneName } from "./format";
import type { PrintBlock, PrintDoc } from "./print-doc";
import { translator, type Locale } from "@/lib/i18n/translator";
import { eventLabel } from "@/lib/cases/event-label";

// The printable summary handed over with a case bundle: pure, from a loaded case.

const HIDDEN_EVENTS = new Set(["SELF_CHECK_TICKED", "EVENT_RETRACTED"]);

type Outcome = "met" | "metLate" | "missed" | "lapsed" | "open" | "paused";

export function deadlineOutcome(d: Deadline): Outcome | null {
  switch (d.status) {
    case "not_applicable":
      return null;
    case "met":
      return d.metLate ? "metLate" : "met";
    case "overdue":
      return "missed";
    case "paused":
      return "paused";
    // Already past when the case was opened (or its trigger imported): not running, never missed
    // by the person here; the case page says "已过期（开案前）".
    case "lapsed":
      return "lapsed";
    case "upcoming":
    case "due_soon":
      return "open";
  }
}

/** Whether the case involves money: an amount, or a payment recorded. */
export function moneyInvolved(record: Pick<CaseRecord, "amountFen" | "payments">): boolean {
  return record.amountFen > 0n || record.payments.length > 0;
}

/** `sha256sum -c` input: "<hash>  <path>" per line (two spaces: binary-agnostic text mode). */
export function sha256Sums(record: Pick<CaseRecord, "evidence">): string {
  return record.evidence.map((e) => `${e.sha256}  ${e.bundlePath}\n`).join("");
}

export function buildCaseSummary(record: CaseRecord, locale: Locale, now: Date): PrintDoc {
  const t = translator(locale);
  const s = translator(locale, "export.summary");
  const zone = record.timeZone;
  const at = (d: Date) => formatDateTime(d, zone, locale);
  const blocks: PrintBlock[] = [];

  blocks.push({ type: "heading", text: s("facts") });
  // A case without a loss (a restricted account, a freeze with no payment) prints no ¥0.00.
  const money = moneyInvolved(record);
  const facts: [string, string][] = [
    [s("kind"), t(`cases.kinds.${record.kind}`)],
    [s("platform"), platformName(record.platform, locale)],
    [s("status"), t(`cases.statuses.${record.status}`)],
    ...(money ? ([[s("amount"), formatFen(record.amountFen, locale)]] as [string, string][]) : []),
    ...(money || record.recoveredFen > 0n
      ? ([[s("recovered"), formatFen(record.recoveredFen, locale)]] as [string, string][])
      : []),
    [s("opened"), at(record.createdAt)],
    ...(record.facts ? factRows(record.facts, t, zone, locale) : []),
  ];
  if (record.note) facts.push([s("note"), record.note]);
  blocks.push({ type: "facts", rows: facts });
  if (!record.facts) blocks.push({ type: "paragraph", text: s("draft") });

  blocks.push({ type: "heading", text: s("payments") });
  if (record.payments.length === 0) blocks.push({ type: "paragraph", text: s("noPayments") });
  else
    blocks.push({
      type: "table",
      head: [s("paymentNo"), s("time"), s("paymentAmount"), s("direction"), s("transactionId"), s("counterparty")],
      widths: [0.6, 1.6, 1.4, 0.8, 2.2, 2.4],
      rows: record.payments.map((p, i) => [
        String(i + 1),
        at(p.occurredAt),
        formatFen(p.amountFen, locale),
        s(p.direction),
        p.transactionId ?? s("none"),
        [p.counterpartyName, p.counterpartyAccount].filter(Boolean).join("\n") || s("none"),
      ]),
    });

  blocks.push({ type: "heading", text: s("timeline") });
  const events = record.events.filter((e) => !HIDDEN_EVENTS.has(e.type));
  if (events.length === 0) blocks.push({ type: "paragraph", text: s("noEvents") });
  else
    blocks.push({
      type: "table",
      head: [s("time"), s("event"), s("detail")],
      widths: [1.6, 2.6, 3.4],
      rows: events.map((e) => [
        at(e.occurredAt),
        eventLabel(e.type, locale) + (e.retracted ? s("retracted") : ""),
        eventDetail(e),
      ]),
    });

  blocks.push({ type: "heading", text: s("deadlines") });
  const started = record.deadlines.flatMap((d) => {
    const outcome = deadlineOutcome(d);
    return outcome && d.status !== "not_applicable" ? [{ d, outcome }] : [];
  });
  if (started.length === 0) blocks.push({ type: "paragraph", text: s("noDeadlines") });
  // Running ones apart from finished ones, so no heading says "met and missed" over a row "not yet
  // due"; and those already past before the case apart from both.
  const running = started.filter(({ outcome }) => outcome === "open" || outcome === "paused");
  const ended = started.filter(({ outcome }) => outcome === "met" || outcome === "metLate" || outcome === "missed");
  const lapsed = started.filter(({ outcome }) => outcome === "lapsed");
  for (const [lead, group] of [
    ["deadlinesRunning", running],
    ["deadlinesEnded", ended],
    ["deadlinesLapsed", lapsed],
  ] as const) {
    if (group.length === 0) continue;
    blocks.push({ type: "paragraph", text: s(lead) });
    blocks.push({
      type: "table",
      head: [s("rule"), s("due"), s("outcome"), s("metAt")],
      widths: [3.2, 1.6, 1.2, 1.6],
      rows: group.map(({ d, outcome }) => [
        d.rule.label[locale],
        at(d.latest),
        s(outcome),
        d.metAt ? at(d.metAt) : s("none"),
      ]),
    });
  }

  blocks.push({ type: "heading", text: s("evidence") });
  if (record.evidence.length === 0) blocks.push({ type: "paragraph", text: s("noEvidence") });
  else {
    blocks.push({
      type: "table",
      head: [s("paymentNo"), s("file"), s("type"), s("size"), s("uploaded")],
      widths: [0.6, 3.6, 1.6, 1, 1.6],
      rows: record.evidence.map((e, i) => [
        String(i + 1),
        e.bundlePath,
        e.mime,
        formatBytes(e.size, locale),
        at(e.createdAt),
      ]),
    });
    blocks.push({ type: "paragraph", text: s("checksums") });
    for (const e of record.evidence) blocks.push({ type: "code", text: `${e.sha256}  ${e.bundlePath}` });

    blocks.push({ type: "heading", text: s("verify") });
    blocks.push({ type: "paragraph", text: s("verifyLead") });
    blocks.push({ type: "paragraph", text: s("verifyLinux") });
    blocks.push({ type: "code", text: "sha256sum -c SHA256SUMS" });
    blocks.push({ type: "paragraph", text: s("verifyMac") });
    blocks.push({ type: "code", text: "shasum -a 256 -c SHA256SUMS" });
    blocks.push({ type: "paragraph", text: s("verifyWindows") });
    const example = record.evidence[0]!.bundlePath.replaceAll("/", "\\");
    blocks.push({ type: "code", text: `certutil -hashfile "${example}" SHA256` });
  }

  blocks.push({ type: "heading", text: s("chain") });
  if (record.audit.headHash === null) blocks.push({ type: "paragraph", text: s("noChain") });
  else {
    blocks.push({ type: "paragraph", text: s("chainLead", { seq: record.audit.headSeq }) });
    blocks.push({ type: "code", text: record.audit.headHash });
    blocks.push({ type: "paragraph", text: s(record.audit.intact ? "chainIntact" : "chainBroken") });
  }

  return {
    locale,
    title: s("title", { title: caseTitle(record)[locale] }),
    subtitle: s("subtitle", { id: record.id, at: at(now), zone: zoneName(zone, locale) }),
    footer: s("footer", { id: record.id }),
    blocks,
  };
}

function eventDetail(e: RecordEvent): string {
  const p = (e.payload && typeof e.payload === "object" ? e.payload : {}) as Record<string, unknown>;
  return [p.reference, p.note].filter((v): v is string => typeof v === "string" && v.length > 0).join("\n");
}
