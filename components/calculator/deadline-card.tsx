import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { dueSentence, pick, whenText } from "@/components/cases/format";
import { defaultTimeZone } from "@/lib/i18n/config";
import type { Deadline } from "@/lib/deadlines";
import { punctuation } from "@/lib/i18n/punctuation";

/** Parameters of the calculator.unconfirmed message: the years, listed as each language lists them. */
export function unconfirmedParams(years: readonly number[], locale: string): { years: string; count: number } {
  const list =
    locale === "en" && years.length > 1
      ? `${years.slice(0, -1).join(", ")} and ${years[years.length - 1]}`
      : years.join(punctuation(locale).list);
  return { years: list, count: years.length };
}

const STATUS_STYLE: Record<Deadline["status"], string> = {
  upcoming: "bg-slate-100 text-slate-800",
  due_soon: "bg-amber-100 text-amber-900",
  overdue: "bg-red-100 text-red-900",
  lapsed: "bg-slate-200 text-slate-700",
  met: "bg-emerald-100 text-emerald-900",
  paused: "bg-sky-100 text-sky-900",
  not_applicable: "bg-slate-100 text-slate-500",
};

export async function DeadlineCard({ deadline }: { deadline: Deadline }) {
  const [t, format, locale] = await Promise.all([getTranslations("calculator"), getFormatter(), getLocale()]);
  // The calculator reads Beijing time (the rules' zone), in the language's one format, 24-hour.
  const when = (d: Date) => whenText(d, locale, defaultTimeZone);
  const { rule } = deadline;
  const p = punctuation(locale);
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-rule={deadline.ruleId}>
      <div className="flex flex-wrap items-baseline gap-2">
        <h3 className="flex-1 font-medium">{pick(rule.label, locale)}</h3>
        <span className="text-xs text-slate-500">{t(`owner${deadline.owner}`)}</span>
        <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[deadline.status]}`}>
          {t(`status.${deadline.status}`)}
        </span>
      </div>
      {deadline.status === "not_applicable" ? (
        <p className="text-sm text-slate-600">
          {deadline.reason === "fact_missing"
            ? t("needsFact", { what: t(rule.window.clock === "FIXED" ? "factFreeze" : "factDelayed") })
            : null}
        </p>
      ) : (
        <>
          <p className="font-medium tabular-nums">{dueSentence(t, deadline, when, "dueBy")}</p>
          {!deadline.holidaysConfirmed ? (
            <p role="note" className="rounded bg-amber-50 p-2 text-sm text-amber-900">
              {t("unconfirmed", unconfirmedParams(deadline.unconfirmedYears, locale))}
            </p>
          ) : null}
          <p className="text-sm text-slate-700">
            <span className="text-slate-500">
              {t("derivation")}
              {p.colon}
            </span>
            {pick(deadline.derivation, locale)}
          </p>
        </>
      )}
      <details className="text-sm text-slate-700">
        <summary className="cursor-pointer text-sky-800">
          {t("ifLapsed")} · {t("evidence")} · {t("source")}
        </summary>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="text-slate-500">{t("ifLapsed")}</dt>
          <dd>{pick(rule.escalation.text, locale)}</dd>
          {rule.evidence.length > 0 ? (
            <>
              <dt className="text-slate-500">{t("evidence")}</dt>
              <dd>{rule.evidence.map((e) => pick(e.label, locale)).join(p.list)}</dd>
            </>
          ) : null}
          <dt className="text-slate-500">{t("source")}</dt>
          <dd>{pick(rule.source, locale)}</dd>
        </dl>
        {rule.reportedSuccessRate !== undefined ? (
          <p className="mt-1">
            {t("successRate", { rate: format.number(rule.reportedSuccessRate, { style: "percent" }) })}
          </p>
        ) : null}
      </details>
    </li>
  );
}
