import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth";
import { getCaseForUser } from "@/lib/cases";
import { formatFen } from "@/lib/cases/money";
import { NotFoundError } from "@/lib/errors";

// cache(): metadata and page share one lookup per request.
const loadCase = cache(async (id: string) => {
  const user = await requireUser();
  try {
    return await getCaseForUser(user.id, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await loadCase((await params).id)).title };
}

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const found = await loadCase((await params).id);
  const [t, format, locale] = await Promise.all([getTranslations("cases"), getFormatter(), getLocale()]);
  return (
    <article className="space-y-6">
      <Link href="/cases" className="text-sm text-sky-700 underline">
        {(await getTranslations("common"))("backToCases")}
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{found.title}</h1>
        <p className="text-slate-600">
          {t(`kinds.${found.kind}`)} · {t(`platforms.${found.platform}`)}
        </p>
      </header>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <dt className="text-slate-500">{t("amount")}</dt>
        <dd className="tabular-nums">{formatFen(found.amountFen, locale)}</dd>
        <dt className="text-slate-500">{t("status")}</dt>
        <dd>{t(`statuses.${found.status}`)}</dd>
      </dl>
      <section className="space-y-2">
        <h2 className="text-lg font-medium">{t("timeline")}</h2>
        <ol className="space-y-2 border-l-2 border-slate-200 pl-4">
          {found.events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.occurredAt.toISOString()} className="text-sm text-slate-500">
                {format.dateTime(event.occurredAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>{" "}
              <span>{t.has(`events.${event.type}`) ? t(`events.${event.type}`) : event.type}</span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
