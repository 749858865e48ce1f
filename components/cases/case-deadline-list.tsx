import { getLocale, getTranslations } from "next-intl/server";
import { TitledSection } from "@/components/layout/titled-section";
import type { ActiveDeadline, Deadline, InactiveDeadline } from "@/lib/deadlines";
import { timeLeft } from "@/lib/cases/case-deadlines";
import { punctuation } from "@/lib/i18n/punctuation";
import { dueSentence, whenText, pick, timeLeftText } from "./format";
import { DeadlineEvidence } from "@/components/evidence/deadline-evidence";
import { evidenceForRule, type ChecklistFacts } from "@/lib/evidence/checklist";

const STATUS_STYLE: Record<Deadline["status"], string> = {
  upcoming: "bg-slate-100 text-slate-800",
  due_soon: "bg-amber-100 text-amber-900",
  overdue: "bg-red-100 text-red-900",
  lapsed: "bg-slate-200 text-slate-700",
  met: "bg-emerald-100 text-emerald-900",
  paused: "bg-sky-100 text-sky-900",
  not_applicable: "bg-slate-100 text-slate-500",
};

/** The case's deadlines: running and finished ones in full, rules not started folded one line each. */
export async function CaseDeadlineList({
  deadlines,
  now,
  timeZone,
  evidenceTags,
  evidenceFacts,
}: {
  deadlines: readonly Deadline[];
  now: Date;
  timeZone: string;
  /** The checklist item of each of the case's evidence files: each deadline then shows what it still lacks. */
  evidenceTags?: readonly (string | null)[];
  /** What the case's forms record that meets evidence items (a payment's 交易单号). */
  evidenceFacts?: ChecklistFacts;
}) {
  const [t, tc, tEvents, locale] = await Promise.all([
    getTranslations("workspace"),
    getTranslations("calculator"),
    getTranslations("workspace.events"),
    getLocale(),
  ]);
  const when = (d: Date) => whenText(d, locale, timeZone);
  const p = punctuation(locale);
  const active = deadlines.filter((d): d is ActiveDeadline => d.status !== "not_applicable");
  const inactive = deadlines.filter((d): d is InactiveDeadline => d.status === "not_applicable");
  return (
    <TitledSection id="deadlines" title={t("deadlines")} className="space-y-3">
      <ul className="space-y-3">
        {active.map((d) => {
          const open = d.status !== "met" && d.status !== "lapsed";
          const left = timeLeft(d.latest, now);
          return (
            <li
              key={d.ruleId}
              data-rule={d.ruleId}
              className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
            >
              <div className="flex flex-wrap items-baseline gap-2">
                <h3 className="flex-1 font-medium">{pick(d.rule.label, locale)}</h3>
                <span className="text-xs text-slate-500">{tc(`owner${d.owner}`)}</span>
                <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[d.status]}`}>
                  {tc(`status.${d.status}`)}
                </span>
              </div>
              {d.typicalBy && open ? (
                <p className="font-medium tabular-nums" data-testid="typical-latest">
                  {t("typicalLatest", { typical: when(d.typicalBy), latest: when(d.latest) })}
                </p>
              ) : (
                <p className="font-medium tabular-nums">{dueSentence(t, d, when, "dueAt")}</p>
              )}
              {open && d.status !== "paused" ? <p className="text-sm tabular-nums">{timeLeftText(t, left)}</p> : null}
              {d.metAt ? (
                <p className="text-sm text-emerald-800">
                  {t(d.metLate ? "metLate" : "metAt", { date: when(d.metAt) })}
                </p>
              ) : null}
              {d.pausedSince ? (
                <p className="text-sm text-sky-900">{t("pausedSince", { date: when(d.pausedSince) })}</p>
              ) : null}
              {!d.holidaysConfirmed ? (
                <p role="note" className="rounded bg-amber-50 p-2 text-sm text-amber-900">
                  {t("holidaysProvisional")}
                </p>
              ) : null}
              {d.status === "overdue" && d.nextStep ? (
                <p className="rounded bg-red-50 p-2 text-sm text-red-900">
                  <strong>{t("overdueNow")}</strong>
                  {locale === "en" ? " " : ""}
                  {pick(d.nextStep, locale)}
                </p>
              ) : null}
              {d.status === "lapsed" && d.nextStep ? (
                <p className="rounded bg-slate-100 p-2 text-sm text-slate-800">
                  <strong>{t("lapsedInstead")}</strong>
                  {locale === "en" ? " " : ""}
                  {pick(d.nextStep, locale)}
                </p>
              ) : null}
              <p className="text-sm text-slate-700">
                <span className="text-slate-500">
                  {t("derivation")}
                  {p.colon}
                </span>
                {pick(d.derivation, locale)}
              </p>
              {evidenceTags && open ? (
                <DeadlineEvidence items={evidenceForRule(d.rule, evidenceTags, locale, evidenceFacts)} />
              ) : null}
              <details className="text-sm text-slate-700">
                <summary className="cursor-pointer text-sky-800">
                  {t("evidence")} · {t("ifLapsed")} · {t("source")}
                </summary>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  {d.rule.evidence.length > 0 ? (
                    <>
                      <dt className="text-slate-500">{t("evidence")}</dt>
                      <dd>{d.rule.evidence.map((e) => pick(e.label, locale)).join(p.list)}</dd>
                    </>
                  ) : null}
                  <dt className="text-slate-500">{t("ifLapsed")}</dt>
                  <dd>{pick(d.rule.escalation.text, locale)}</dd>
                  <dt className="text-slate-500">{t("source")}</dt>
                  <dd>{pick(d.rule.source, locale)}</dd>
                </dl>
              </details>
            </li>
          );
        })}
      </ul>
      {inactive.length > 0 ? (
        <details className="rounded-lg border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-medium">{t("inactive", { count: inactive.length })}</summary>
          <ul className="mt-2 space-y-1 text-sm">
            {inactive.map((d) => (
              <li key={d.ruleId} data-rule={d.ruleId}>
                <span className="font-medium">{pick(d.rule.label, locale)}</span>
                {p.dash}
                {d.reason === "fact_missing"
                  ? t("needsFact", { what: t(d.rule.window.clock === "FIXED" ? "factFreeze" : "factDelayed") })
                  : t("startedBy", {
                      events: d.startedBy.map((e) => tEvents(e)).join(p.or),
                    })}
                {evidenceTags ? (
                  <DeadlineEvidence items={evidenceForRule(d.rule, evidenceTags, locale, evidenceFacts)} />
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </TitledSection>
  );
}
