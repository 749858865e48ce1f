import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MoneyChart } from "@/components/charts/money-chart";
import { AttentionList } from "@/components/dashboard/attention-list";
import { CaseFilters } from "@/components/dashboard/case-filters";
import { BackupNotice } from "@/components/dashboard/backup-notice";
import { CaseRows } from "@/components/dashboard/case-rows";
import { requireUser } from "@/lib/auth";
import { readBackupHealth } from "@/lib/backups";
import { formatFen } from "@/lib/cases/money";
import { getDashboard, parseDashboardFilters } from "@/lib/dashboard";
import { recordEventAction } from "../cases/actions";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const now = new Date();
  const filters = parseDashboardFilters(await searchParams);
  const timeZone = user.timeZone;
  const [data, t, tc, locale, backup] = await Promise.all([
    getDashboard(user.id, now, timeZone, filters),
    getTranslations("dashboard"),
    getTranslations("cases"),
    getLocale(),
    readBackupHealth(now),
  ]);

  if (data.totalCases === 0) {
    return (
      <section className="mx-auto max-w-xl space-y-4 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
        <h1 className="text-2xl font-bold">{t("emptyTitle")}</h1>
        <p className="text-slate-700">{t("emptyBody")}</p>
        <Link
          href="/cases/new"
          className="inline-block rounded-md bg-sky-700 px-5 py-3 text-lg font-medium text-white hover:bg-sky-800"
        >
          {t("emptyStart")}
        </Link>
      </section>
    );
  }

  const filtered = Boolean(filters.kind || filters.platform || filters.status || filters.text);
  return (
    <ClientMessages
      namespaces={[
        "errors",
        "bills.import.too_many",
        "export.tooManyExports",
        "dashboard.saving",
        "dashboard.markDone",
        "workspace.state",
        "workspace.transition",
      ]}
    >
      <div className="space-y-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <span className="flex flex-wrap gap-3">
            <Link
              href="/calendar-feed"
              className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
            >
              {t("calendarLink")}
            </Link>
            <Link href="/cases/new" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
              {(await getTranslations("nav"))("newCase")}
            </Link>
          </span>
        </div>

        <BackupNotice health={backup} timeZone={timeZone} />

        <AttentionList items={data.attention} now={now} timeZone={timeZone} record={recordEventAction} />

        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="by-status" className="space-y-2">
            <h2 id="by-status" className="text-lg font-bold">
              {t("byStatus")}
            </h2>
            <ul className="flex flex-wrap gap-2" data-testid="status-counts">
              {data.statusCounts.map((s) => (
                <li key={s.status}>
                  <Link
                    href={`/dashboard?status=${s.status}`}
                    className="inline-flex items-center gap-2 rounded-full border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
                  >
                    {tc(`statuses.${s.status}`)}
                    <span className="font-bold tabular-nums">{s.count}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="money" className="space-y-2">
            <h2 id="money" className="text-lg font-bold">
              {t("money")}
            </h2>
            <p className="tabular-nums" data-testid="money-totals">
              {t("moneyTotals", {
                recovered: formatFen(data.totals.recoveredFen, locale),
                atStake: formatFen(data.totals.atStakeFen, locale),
              })}
            </p>
            {data.money.length > 0 ? (
              <MoneyChart
                rows={data.money.map((m) => ({ key: m.kind, label: tc(`kinds.${m.kind}`), ...m }))}
                locale={locale}
                caption={t("moneyChart")}
                labels={{ kind: t("kind"), atStake: t("atStake"), recovered: t("recovered"), share: t("share") }}
              />
            ) : null}
          </section>
        </div>

        <section aria-labelledby="cases" className="space-y-3">
          <h2 id="cases" className="text-lg font-bold">
            {filtered ? t("casesFiltered", { count: data.cases.total }) : t("casesAll", { count: data.cases.total })}
          </h2>
          <CaseFilters values={filters} />
          <CaseRows cases={data.cases} completeness={data.completeness} />
          {data.cases.total > data.cases.items.length ? (
            <Link href="/cases" className="text-sky-700 underline">
              {t("allCases")}
            </Link>
          ) : null}
        </section>
      </div>
    </ClientMessages>
  );
}
