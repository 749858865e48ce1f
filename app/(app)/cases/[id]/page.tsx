import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { BillImport } from "@/components/bills/bill-import";
import { CaseDeadlineList } from "@/components/cases/case-deadline-list";
import { CaseTimelineChart } from "@/components/charts/case-timeline-chart";
import { caseTimelinePoints } from "@/components/charts/case-timeline-points";
import type { CaseValues } from "@/components/cases/case-fields";
import { CaseWizard } from "@/components/cases/case-wizard";
import { DoThisNow } from "@/components/cases/do-this-now";
import { DoNowShortcuts } from "@/components/cases/do-now-shortcuts";
import { EditCaseForm } from "@/components/cases/edit-case-form";
import { pick, zoneLabel } from "@/components/cases/format";
import { RecordEvents } from "@/components/cases/record-events";
import { CaseEventLog, CasePayments } from "@/components/cases/case-record-sections";
import { CaseAdvice, OfficialContacts } from "@/components/cases/case-reference-sections";
import { SelfCheckList } from "@/components/cases/self-check-list";
import { FailedRemindersNotice } from "@/components/reminders/failed-reminders-notice";
import { StatusControl } from "@/components/cases/status-control";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { CaseScreenshotPayment } from "@/components/screenshots/screenshot-entry";
import { CaseHandover } from "@/components/export/case-handover";
import { requireUser } from "@/lib/auth";
import { getCaseWorkspace, recordableEvents } from "@/lib/cases";
import { ACTIVE_STATUSES, TRANSITIONS } from "@/lib/cases/case-status";
import { caseTitle, storedTitle } from "@/lib/cases/case-title";
import { formatFen } from "@/lib/cases/money";
import { instantToWallTime } from "@/lib/cases/zoned-time";
import { SELF_CHECK_ITEMS } from "@/lib/deadlines";
import { KINDS } from "@/lib/kinds";
import { caseGuidance, leadEvents } from "@/lib/kinds/guidance";
import { NotFoundError } from "@/lib/errors";
import { listEvidenceForCase } from "@/lib/evidence";
import { punctuation } from "@/lib/i18n/punctuation";
import { failedRemindersForCase } from "@/lib/reminders";
import {
  changeStatusAction,
  discardDraftAction,
  openCaseAction,
  recordEventAction,
  retractEventAction,
  saveDraftAction,
  selfCheckAction,
  updateFactsAction,
} from "../actions";
import { ClientMessages } from "@/components/layout/client-messages";

// The wizard (a draft) and the workspace's forms (lib/i18n/client-messages.ts).
const CLIENT_NAMESPACES = [
  "errors",
  "bills.import.too_many",
  "export.tooManyExports",
  "bills.ui",
  "cases",
  "evidence",
  "screenshots",
  "wizard",
  "workspace",
];
import { eventLabel } from "@/lib/cases/event-label";

// cache(): metadata and page share one lookup (and one reading of the clock) per request.
const loadWorkspace = cache(async (id: string) => {
  const user = await requireUser();
  const now = new Date();
  try {
    const ws = await getCaseWorkspace(user.id, id, now);
    return { ws, now, failedReminders: await failedRemindersForCase(user.id, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { ws } = await loadWorkspace((await params).id);
  if (ws.case.status === "DRAFT") return { title: (await getTranslations("cases"))("newTitle") };
  return { title: pick(caseTitle(ws.case), await getLocale()) };
}

/**
 * A draft's values as the wizard resumes them: a suggested title is dropped, so the wizard
 * suggests it again in the language the user now reads (the draft may have been saved in the other).
 */
function draftForWizard(values: Record<string, unknown> | null): Record<string, unknown> {
  if (!values) return {};
  return typeof values.title === "string" ? { ...values, title: storedTitle(values.title) } : values;
}

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { ws, now, failedReminders } = await loadWorkspace((await params).id);
  const [t, tw, locale] = await Promise.all([getTranslations(), getTranslations("workspace"), getLocale()]);
  const id = ws.case.id;
  const zone = zoneLabel(ws.timeZone, t("wizard.zoneBeijing"));

  if (ws.case.status === "DRAFT") {
    // Money back picked from a bill in the wizard is already recorded on the draft.
    const recovered = ws.events.filter((e) => e.type === "MONEY_RECOVERED" && !e.retracted).length;
    return (
      <ClientMessages namespaces={CLIENT_NAMESPACES}>
        <section className="mx-auto max-w-3xl space-y-6">
          <h1 className="text-2xl font-bold">{t("cases.newTitle")}</h1>
          <CaseWizard
            saveDraft={saveDraftAction}
            openCase={openCaseAction}
            discardDraft={discardDraftAction}
            timeZone={ws.timeZone}
            zoneLabel={zone}
            draft={{
              id,
              version: ws.case.version,
              values: draftForWizard(ws.draftValues),
              recovered: { count: recovered, totalFen: ws.case.recoveredFen.toString() },
            }}
          />
        </section>
      </ClientMessages>
    );
  }

  const guidance = caseGuidance({
    kind: ws.case.kind,
    platform: ws.case.platform,
    bank: ws.stored?.facts.bank ?? null,
    situations: ws.situations,
    deadlines: ws.deadlines,
    happened: ws.happened,
    now,
    active: ACTIVE_STATUSES.includes(ws.case.status),
  });
  const { primary, secondary } = recordableEvents(ws.deadlines, {
    lead: leadEvents(guidance),
    order: KINDS[ws.case.kind].events,
    now,
  });
  const label = (type: string) => eventLabel(type, locale);
  const restricted = ws.case.kind === "ACCOUNT_RESTRICTED";
  const verdict = ws.history.verdict;
  const evidence = await listEvidenceForCase((await requireUser()).id, id);

  return (
    <ClientMessages namespaces={CLIENT_NAMESPACES}>
      <article className="space-y-6">
        <header className="space-y-1">
          <Link href="/cases" className="text-sm text-sky-700 underline">
            {t("common.backToCases")}
          </Link>
          <h1 className="text-xl font-bold sm:text-2xl">{pick(caseTitle(ws.case), locale)}</h1>
          <p className="text-sm text-slate-600">
            {t(`cases.kinds.${ws.case.kind}`)} · {t(`cases.platforms.${ws.case.platform}`)} ·{" "}
            <span data-testid="case-status">{t(`cases.statuses.${ws.case.status}`)}</span>
            {/* An amount only where money is involved: a restricted account has lost nothing. */}
            {ws.case.amountFen > 0n ? (
              <>
                {" · "}
                <span className="tabular-nums" data-testid="amount-at-stake">
                  {tw("amountAtStake")} {formatFen(ws.case.amountFen, locale)}
                </span>
              </>
            ) : null}
          </p>
        </header>

        <FailedRemindersNotice failed={failedReminders} />
        <DoThisNow items={guidance} now={now} timeZone={ws.timeZone} />
        <DoNowShortcuts selfCheck={restricted} />

        {/* "现在就做" starts a restricted account with the self-check: it sits right here, not screens below. */}
        {restricted ? (
          <section aria-labelledby="self-check" className="space-y-3">
            <h2 id="self-check" className="text-lg font-medium">
              {tw("selfCheck")}
            </h2>
            <p className="text-sm text-slate-600">{tw("selfCheckLead")}</p>
            <SelfCheckList
              items={SELF_CHECK_ITEMS.map((item) => ({
                id: item.id,
                label: pick(item.label, locale),
                hint: item.hint ? pick(item.hint, locale) : undefined,
              }))}
              checked={ws.selfCheck}
              save={selfCheckAction.bind(null, id)}
            />
          </section>
        ) : null}

        <RecordEvents
          primary={primary.map((e) => ({ ...e, label: label(e.type) }))}
          secondary={secondary.map((e) => ({ ...e, label: label(e.type) }))}
          record={recordEventAction.bind(null, id)}
          nowWall={instantToWallTime(now, ws.timeZone)}
          timeZone={ws.timeZone}
          zoneLabel={zone}
        />

        <CaseDeadlineList
          deadlines={ws.deadlines}
          now={now}
          timeZone={ws.timeZone}
          evidenceTags={evidence.files.map((f) => f.item)}
          evidenceFacts={evidence.facts}
        />

        <EvidencePanel
          caseId={id}
          locale={locale}
          {...evidence}
          screenshot={{ version: ws.case.version, zoneLabel: zone }}
        />

        <CaseTimelineChart
          points={caseTimelinePoints(ws.events, ws.deadlines, label, locale)}
          now={now}
          timeZone={ws.timeZone}
        />

        <OfficialContacts platform={ws.case.platform} bank={ws.stored?.facts.bank ?? null} />

        <section aria-labelledby="status" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="status" className="text-lg font-medium">
            {tw("status")}
            {punctuation(locale).colon}
            {t(`cases.statuses.${ws.case.status}`)}
          </h2>
          {ws.case.amountFen > 0n || ws.case.recoveredFen > 0n ? (
            <p className="tabular-nums" data-testid="recovered">
              {tw("recoveredOf", {
                recovered: formatFen(ws.case.recoveredFen, locale),
                total: formatFen(ws.case.amountFen, locale),
              })}
            </p>
          ) : null}
          <StatusControl
            status={ws.case.status}
            version={ws.case.version}
            choices={TRANSITIONS[ws.case.status]}
            changeStatus={changeStatusAction.bind(null, id)}
          />
        </section>

        <CaseAdvice advice={ws.advice} />

        <CasePayments caseId={id} payments={ws.payments} timeZone={ws.timeZone} />

        <CaseScreenshotPayment caseId={id} version={ws.case.version} zoneLabel={zone} />

        <BillImport
          mode="case"
          previewUrl="/api/bills/preview"
          importUrl={`/api/cases/${id}/bill-import`}
          version={ws.case.version}
        />

        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">{tw("editFacts")}</summary>
          <div className="mt-4">
            <EditCaseForm
              initial={{ ...(ws.formValues as unknown as CaseValues), title: pick(caseTitle(ws.case), locale) }}
              version={ws.case.version}
              zoneLabel={zone}
              update={updateFactsAction.bind(null, id)}
            />
          </div>
        </details>

        <CaseEventLog events={ws.events} timeZone={ws.timeZone} retract={retractEventAction.bind(null, id)} />

        <CaseHandover caseId={id} recipients={KINDS[ws.case.kind].letter.recipients} />

        <p
          data-testid="history"
          className={`text-sm ${verdict.intact ? "text-emerald-800" : "rounded bg-red-50 p-2 font-medium text-red-900"}`}
        >
          {verdict.intact
            ? tw("historyIntact", { count: ws.history.count })
            : tw("historyBroken", { n: verdict.brokenAt })}
        </p>
      </article>
    </ClientMessages>
  );
}
