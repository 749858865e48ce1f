import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth";
import { listCasesForUser } from "@/lib/cases";
import { formatFen } from "@/lib/cases/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("listTitle") };
}

export default async function CasesPage() {
  const user = await requireUser();
  const [cases, t, format, locale] = await Promise.all([
    listCasesForUser(user.id),
    getTranslations("cases"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("listTitle")}</h1>
        <Link href="/cases/new" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
          {(await getTranslations("nav"))("newCase")}
        </Link>
      </div>
      {cases.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="text-lg font-medium">{t("emptyTitle")}</h2>
          <p className="mt-2 text-slate-600">{t("emptyBody")}</p>
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-500">{t("caseCount", { count: cases.length })}</p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {cases.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/cases/${c.id}`}
                  className="flex flex-wrap items-baseline gap-x-4 gap-y-1 p-4 hover:bg-slate-50"
                >
                  <span className="flex-1 font-medium">{c.title}</span>
                  <span className="text-sm text-slate-600">
                    {t(`kinds.${c.kind}`)} · {t(`platforms.${c.platform}`)}
                  </span>
                  <span className="tabular-nums">{formatFen(c.amountFen, locale)}</span>
                  <span className="text-sm text-slate-500">
                    {t("openedOn", { date: format.dateTime(c.createdAt, { dateStyle: "medium" }) })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
