import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { pick } from "@/components/cases/format";
import { caseTitle } from "@/lib/cases/case-title";
import { formatFen } from "@/lib/cases/money";
import type { Dashboard } from "@/lib/dashboard";

/** The first cases matching the filters, most urgent first, each with its evidence completeness. */
export async function CaseRows({ cases, completeness }: Pick<Dashboard, "cases" | "completeness">) {
  const [t, tc, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("cases"), getLocale()]);
  if (cases.items.length === 0) return <p className="text-slate-600">{t("noMatch")}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="dashboard-cases">
      {cases.items.map((c) => {
        const done = completeness.get(c.id);
        const title = pick(caseTitle(c), locale);
        return (
          <li key={c.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-3">
            <Link href={`/cases/${c.id}`} className="min-w-0 flex-1 font-medium text-sky-800 underline">
              {title}
            </Link>
            <span className="text-sm text-slate-600">
              {tc(`kinds.${c.kind}`)} · {tc(`platforms.${c.platform}`)} · {tc(`statuses.${c.status}`)}
            </span>
            {c.amountFen > 0n || c.recoveredFen > 0n ? (
              <span className="text-sm tabular-nums">
                {formatFen(c.recoveredFen, locale)} / {formatFen(c.amountFen, locale)}
              </span>
            ) : null}
            {done ? (
              <span className="flex items-center gap-2 text-sm">
                <span className="sr-only sm:not-sr-only">{t("evidence")}</span>
                <meter
                  min={0}
                  max={done.total || 1}
                  value={done.present}
                  aria-label={t("evidenceOf", { title })}
                  className="h-2 w-16"
                />
                <span className="tabular-nums">{t("evidenceCount", { present: done.present, total: done.total })}</span>
              </span>
            ) : null}
            {c.nextDeadline ? (
              <span className="w-full text-sm text-slate-700">
                {t("next")}
                {pick(c.nextDeadline.label, locale)}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
