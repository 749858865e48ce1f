import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { CalculatorIntro } from "@/components/calculator/calculator-intro";
import { CountForm, KindForm } from "@/components/calculator/forms";
import { DeadlineCard, unconfirmedParams } from "@/components/calculator/deadline-card";
import { pick, whenText } from "@/components/cases/format";
import { defaultTimeZone } from "@/lib/i18n/config";
import { punctuation } from "@/lib/i18n/punctuation";
import { CountQuerySchema, KindQuerySchema, beijingLocalInputValue, firstValues } from "@/lib/calculator/query";
import { computeAdvice, countDaysFrom } from "@/lib/deadlines";
import { previewKindDeadlines } from "@/lib/kinds/catalog";
import type { z } from "zod";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calculator"))("title") };
}

function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "_form")] ??= issue.message;
  return out;
}

type Search = Promise<Record<string, string | string[] | undefined>>;

// Rendered per request: results depend on the query and on now. The empty form (no query,
// no session cookie) is prerendered per language (app/prerendered/[locale]/calculator).
export default async function CalculatorPage({ searchParams }: { searchParams: Search }) {
  await connection();
  const now = new Date();
  const values = firstValues(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("calculator"), getLocale()]);
  const defaults = { at: beijingLocalInputValue(now) };
  const p = punctuation(locale);

  const kindQuery = values.mode === "kind" ? KindQuerySchema.safeParse(values) : null;
  const countQuery = values.mode === "count" ? CountQuerySchema.safeParse(values) : null;

  return (
    <div className="space-y-8">
      <CalculatorIntro />
      <KindForm
        values={{ ...defaults, ...(values.mode === "kind" ? values : {}) }}
        errors={kindQuery && !kindQuery.success ? fieldErrors(kindQuery.error) : {}}
      />
      {kindQuery?.success ? (
        <section aria-labelledby="results" className="space-y-3">
          <h2 id="results" className="text-lg font-medium">
            {t("results")}
          </h2>
          <p className="text-sm text-slate-500">{t("now", { now: whenText(now, locale, defaultTimeZone) })}</p>
          <ul className="space-y-3">
            {previewKindDeadlines(kindQuery.data.kind, kindQuery.data.at, now, {
              delayedArrivalHours: kindQuery.data.delayedArrivalHours,
              freezeExpiresOn: kindQuery.data.freezeExpiresOn,
              amountFen: kindQuery.data.amount,
            }).map((deadline) => (
              <DeadlineCard key={deadline.ruleId} deadline={deadline} />
            ))}
          </ul>
          <h3 className="font-medium">{t("advice")}</h3>
          <ul className="list-disc space-y-1 pl-6 text-sm text-slate-700">
            {computeAdvice({ kind: kindQuery.data.kind, amountFen: kindQuery.data.amount }).map((advice) => (
              <li key={advice.id}>
                {pick(advice.text, locale)}
                {advice.items ? `${p.colon}${advice.items.map((i) => pick(i, locale)).join(p.semicolon)}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <hr className="border-slate-200" />
      <CountForm
        values={{ ...defaults, ...(values.mode === "count" ? values : {}) }}
        errors={countQuery && !countQuery.success ? fieldErrors(countQuery.error) : {}}
      />
      {countQuery?.success ? (
        <CountResult at={countQuery.data.at} clock={countQuery.data.clock} n={countQuery.data.n} />
      ) : null}
    </div>
  );
}

async function CountResult({ at, clock, n }: { at: Date; clock: "WORKING_DAYS" | "CALENDAR_DAYS"; n: number }) {
  const [t, locale] = await Promise.all([getTranslations("calculator"), getLocale()]);
  const result = countDaysFrom(at, clock, n);
  const { colon } = punctuation(locale);
  return (
    <section aria-labelledby="count-result" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="count-result" className="font-medium">
        {t("countResult")}
        {colon}
        <span className="tabular-nums">{whenText(result.latest, locale, defaultTimeZone)}</span>
      </h2>
      {!result.holidaysConfirmed ? (
        <p role="note" className="rounded bg-amber-50 p-2 text-sm text-amber-900">
          {t("unconfirmed", unconfirmedParams(result.unconfirmedYears, locale))}
        </p>
      ) : null}
      <p className="text-sm text-slate-700">
        <span className="text-slate-500">
          {t("derivation")}
          {colon}
        </span>
        {pick(result.derivation, locale)}
      </p>
    </section>
  );
}
