import { getLocale, getTranslations } from "next-intl/server";
import type { ActiveDeadline, FirstMove } from "@/lib/deadlines";
import { timeLeft } from "@/lib/cases/case-deadlines";
import { whenText, pick, timeLeftText } from "./format";

const URGENT_DAYS = 7;

/**
 * The top of the case page (above the fold on a phone): the most urgent obligation of the
 * user with the time left and the exact instant, what to do now if it has lapsed, and on a
 * fresh case the first moves, with tap-to-call links.
 */
export async function DoThisNow({
  next,
  moves,
  now,
  timeZone,
}: {
  next: ActiveDeadline | null;
  moves: readonly FirstMove[];
  now: Date;
  timeZone: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("workspace"), getLocale()]);
  const left = next ? timeLeft(next.latest, now) : null;
  // A limitation period years away is not "now": it shows as the next deadline, calmly.
  const urgent = left !== null && (left.overdue || left.days < URGENT_DAYS);
  return (
    <section aria-labelledby="do-now" className="space-y-3 rounded-lg border-2 border-sky-700 bg-sky-50 p-4">
      <h2 id="do-now" className="text-lg font-bold text-sky-900">
        {t("doNow")}
      </h2>
      {next && left && urgent ? (
        <div className="space-y-1" data-testid="do-now-deadline">
          <p className="font-medium">{pick(next.rule.label, locale)}</p>
          <p className={`text-xl font-bold tabular-nums ${left.overdue ? "text-red-700" : "text-slate-900"}`}>
            {timeLeftText(t, left)}
          </p>
          <p className="tabular-nums">
            <time dateTime={next.latest.toISOString()}>
              {t("dueAt", { date: whenText(next.latest, locale, timeZone) })}
            </time>
          </p>
          {left.overdue && next.nextStep ? (
            <p className="rounded bg-red-50 p-2 text-red-900">
              <strong>{t("overdueNow")}</strong>
              {/* "现在就做：" carries its own space; "Do this now:" takes one. */}
              {locale === "en" ? " " : ""}
              {pick(next.nextStep, locale)}
            </p>
          ) : null}
        </div>
      ) : (
        <div className="space-y-1">
          <p>{t("doNowNothing", { days: URGENT_DAYS })}</p>
          {next ? (
            <p className="text-sm text-slate-600">
              {t("nextLater", { label: pick(next.rule.label, locale) })}{" "}
              <time dateTime={next.latest.toISOString()}>{whenText(next.latest, locale, timeZone)}</time>
            </p>
          ) : null}
        </div>
      )}
      {moves.length > 0 ? (
        <ol className="space-y-2">
          {moves.map((move, i) => (
            <li key={i} className="space-y-2">
              <p>{pick(move.text, locale)}</p>
              {move.tel?.length ? (
                <p className="flex flex-wrap gap-2">
                  {move.tel.map((tel) => (
                    <a
                      key={tel.number}
                      href={`tel:${tel.number}`}
                      className="rounded-md bg-red-700 px-4 py-2 font-bold text-white hover:bg-red-800"
                    >
                      {pick(tel.label, locale)}
                    </a>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
