import type { ComponentProps } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { TitledSection } from "@/components/layout/titled-section";
import type { CaseWorkspace } from "@/lib/cases/get-case-workspace";
import { formatFen, maskAccount } from "@/lib/cases/money";
import { whenText } from "./format";
import { RetractButton } from "./retract-button";
import { eventLabel } from "@/lib/cases/event-label";

/** Events the case records by itself or that undo others: they cannot be withdrawn, and do not make a case "worked on". */
export const QUIET_EVENTS: ReadonlySet<string> = new Set(["CASE_OPENED", "SELF_CHECK_TICKED", "EVENT_RETRACTED"]);

/** The case's payments; one read from a kept screenshot or bill links to that file (the evidence panel's URL). */
export async function CasePayments({
  caseId,
  payments,
  timeZone,
}: {
  caseId: string;
  payments: CaseWorkspace["payments"];
  timeZone: string;
}) {
  const [tw, locale] = await Promise.all([getTranslations("workspace"), getLocale()]);
  const base = `/api/cases/${encodeURIComponent(caseId)}/evidence`;
  return (
    <TitledSection id="payments" title={tw("payments")}>
      <ol className="space-y-1">
        {payments.map((p, i) => (
          <li key={p.id} className="text-sm">
            <span className="font-medium">{tw("paymentN", { n: i + 1 })}</span>{" "}
            {whenText(p.occurredAt, locale, timeZone)} ·{" "}
            <span className="tabular-nums">{formatFen(p.amountFen, locale)}</span>
            {p.counterpartyName ? ` · ${p.counterpartyName}` : ""}
            {p.counterpartyAccount ? ` · ${maskAccount(p.counterpartyAccount)}` : ""}
            {p.transactionId ? ` · ${p.transactionId}` : ""}
            {p.evidence ? (
              <>
                {" · "}
                <a
                  href={`${base}/${encodeURIComponent(p.evidence.id)}`}
                  target="_blank"
                  rel="noopener"
                  className="text-sky-800 underline hover:text-sky-900"
                >
                  {tw("paymentProof", { name: p.evidence.name })}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </TitledSection>
  );
}

/** What happened on the case, in order; each event the user recorded can be withdrawn. */
export async function CaseEventLog({
  events,
  timeZone,
  retract,
}: {
  events: CaseWorkspace["events"];
  timeZone: string;
  retract: ComponentProps<typeof RetractButton>["retract"];
}) {
  const [tw, locale] = await Promise.all([getTranslations("workspace"), getLocale()]);
  return (
    <TitledSection id="timeline" title={tw("timeline")}>
      <ol className="space-y-2 border-l-2 border-slate-200 pl-4">
        {events
          .filter((e) => e.type !== "SELF_CHECK_TICKED")
          .map((e) => {
            const payload = (e.payload ?? {}) as { note?: string; reference?: string; amountFen?: string };
            return (
              <li key={e.id} className={e.retracted ? "text-slate-400 line-through" : undefined}>
                <time dateTime={e.occurredAt.toISOString()} className="text-sm text-slate-500">
                  {whenText(e.occurredAt, locale, timeZone)}
                </time>{" "}
                <span>{eventLabel(e.type, locale)}</span>
                {payload.amountFen ? ` · ${formatFen(BigInt(payload.amountFen), locale)}` : ""}
                {payload.reference ? ` · ${payload.reference}` : ""}
                {payload.note ? ` · ${payload.note}` : ""}
                {e.retracted ? ` · ${tw("retracted")}` : ""}
                {!e.retracted && !QUIET_EVENTS.has(e.type) ? (
                  <>
                    {" "}
                    <RetractButton eventId={e.id} retract={retract} />
                  </>
                ) : null}
              </li>
            );
          })}
      </ol>
    </TitledSection>
  );
}
