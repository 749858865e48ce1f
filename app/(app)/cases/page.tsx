import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { whenText, pick, timeLeftText } from "@/components/cases/format";
import { requireUser } from "@/lib/auth";
import { listCasesForUser } from "@/lib/cases";
import { timeLeft } from "@/lib/cases/case-deadlines";
import { caseTitle } from "@/lib/cases/case-title";
import { formatFen } from "@/lib/cases/money";
import { CompletenessMeter } from "@/components/evidence/completeness-meter";
import { completenessForCases } from "@/lib/evidence";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("listTitle") };
}

export default async function CasesPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const user = await requireUser();
  const now = new Date();
  const cursor = (await searchParams).cursor;
  const timeZone = user.timeZone;
  const [page, t, tw, locale] = await Promise.all([
    listCasesForUser(user.id, now, { cursor: typeof cursor === "string" ? cursor : undefined }),
    getTranslations("cases"),
    getTranslations("workspace"),
    getLocale(),
  ]);
  const completeness = await completenessForCases(user.id, page.items);
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("listTitle")}</h1>
        <Link href="/cases/new" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
          {(await getTranslations("nav"))("newCase")}
        </Link>
      </div>
      {page.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="text-lg font-medium">{t("emptyTitle")}</h2>
          <p className="mt-2 text-slate-600">{t("emptyBody")}</p>
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-500">{t("caseCount", { count: page.total })}</p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {page.items.map((c) => {
              const left = c.nextDeadline ? timeLeft(c.nextDeadline.latest, now) : null;
              return (
                <li key={c.id}>
                  <Link href={`/cases/${c.id}`} className="case-row">
                    <span className="case-row-head">
                      <span className="case-row-title">{pick(caseTitle(c), locale)}</span>
                      <span className="case-row-status">{t(`statuses.${c.status}`)}</span>
                      {c.amountFen > 0n ? <span className="tabular-nums">{formatFen(c.amountFen, locale)}</span> : null}
                    </span>
                    <span className="case-row-kind">{`${t(`kinds.${c.kind}`)} · ${t(`platforms.${c.platform}`)}`}</span>
                    {c.status !== "DRAFT" && completeness.has(c.id) ? (
                      <CompletenessMeter compact {...completeness.get(c.id)!} />
                    ) : null}
                    <span className="case-row-next">
                      {c.nextDeadline && left ? (
                        <>
                          {/* One text node per gap, and no className when not overdue: every
                              piece is written twice per row (HTML and the RSC payload). */}
                          {`${pick(c.nextDeadline.label, locale)} · `}
                          {left.overdue ? (
                            <strong className="text-red-700">{timeLeftText(tw, left)}</strong>
                          ) : (
                            <strong>{timeLeftText(tw, left)}</strong>
                          )}
                          {" · "}
                          <time dateTime={c.nextDeadline.latest.toISOString()} className="tabular-nums">
                            {whenText(c.nextDeadline.latest, locale, timeZone)}
                          </time>
                        </>
                      ) : c.status === "DRAFT" ? (
                        t("continueDraft")
                      ) : (
                        <span className="text-slate-500">{t("noDeadline")}</span>
                      )}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
          <nav className="flex gap-4">
            {cursor ? (
              <Link href="/cases" className="text-sky-700 underline">
                {t("firstPage")}
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link href={`/cases?cursor=${page.nextCursor}`} className="text-sky-700 underline">
                {t("nextPage")}
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </section>
  );
}
