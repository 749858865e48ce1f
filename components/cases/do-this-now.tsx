import { getLocale, getTranslations } from "next-intl/server";
import { timeLeft } from "@/lib/cases/case-deadlines";
import type { Locale } from "@/lib/i18n/translator";
import { URGENT_DAYS, type GuidanceItem, type TelLink } from "@/lib/kinds/guidance";
import { dueSentence, pick, timeLeftText, whenText } from "./format";
import { punctuation } from "@/lib/i18n/punctuation";

function TelLinks({ tel, locale }: { tel: readonly TelLink[]; locale: Locale }) {
  if (tel.length === 0) return null;
  return (
    <p className="flex flex-wrap gap-2">
      {tel.map((link) => (
        <a
          key={link.number}
          href={`tel:${link.number}`}
          className="rounded-md bg-red-700 px-4 py-2 font-bold text-white hover:bg-red-800"
        >
          {pick(link.label, locale)}
        </a>
      ))}
    </p>
  );
}

/**
 * The top of the case page (above the fold on a phone), from lib/kinds/guidance: the person's
 * near deadlines by instant (with the time left, the exact instant and the tap-to-call numbers
 * they need), then the first steps the app recommends (marked as advice, with why), then
 * information: deadlines already past when the case was opened, answers awaited, the next
 * deadline far off.
 */
export async function DoThisNow({
  items,
  now,
  timeZone,
}: {
  items: readonly GuidanceItem[];
  now: Date;
  timeZone: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("workspace"), getLocale()]);
  const when = (d: Date) => whenText(d, locale, timeZone);
  const sep = locale === "en" ? " " : "";
  const act = items.filter((i) => i.type === "deadline" || i.type === "recommended");
  const info = items.filter((i) => i.type !== "deadline" && i.type !== "recommended");
  return (
    <section
      aria-labelledby="do-now"
      data-testid="do-now"
      className="space-y-3 rounded-lg border-2 border-sky-700 bg-sky-50 p-4"
    >
      <h2 id="do-now" className="text-lg font-bold text-sky-900">
        {t("doNow")}
      </h2>
      {act.length > 0 ? (
        <ol className="space-y-4">
          {act.map((item, i) =>
            item.type === "deadline" ? (
              <li key={item.deadline.ruleId} className="space-y-1" data-testid="do-now-item" data-kind="deadline">
                <p className="font-medium">{pick(item.deadline.rule.label, locale)}</p>
                {(() => {
                  const left = timeLeft(item.deadline.latest, now);
                  return (
                    <p className={`text-xl font-bold tabular-nums ${left.overdue ? "text-red-700" : "text-slate-900"}`}>
                      {timeLeftText(t, left)}
                    </p>
                  );
                })()}
                <p className="tabular-nums">
                  <time dateTime={item.deadline.latest.toISOString()}>
                    {t("dueAt", { date: when(item.deadline.latest) })}
                  </time>
                </p>
                {item.text ? <p>{pick(item.text, locale)}</p> : null}
                {item.deadline.status === "overdue" && item.deadline.nextStep ? (
                  <p className="rounded bg-red-50 p-2 text-red-900">
                    <strong>{t("overdueNow")}</strong>
                    {sep}
                    {pick(item.deadline.nextStep, locale)}
                  </p>
                ) : null}
                <TelLinks tel={item.tel} locale={locale} />
              </li>
            ) : item.type === "recommended" ? (
              <li key={item.step.id} className="space-y-1" data-testid="do-now-item" data-kind="recommended">
                <p className="text-xs font-medium tracking-wide text-sky-900 uppercase">{t("recommended")}</p>
                <p className={i === 0 ? "font-medium" : ""}>{pick(item.step.text, locale)}</p>
                {item.step.why ? (
                  <p className="text-sm text-slate-700">
                    <strong>{t("why")}</strong>
                    {sep}
                    {pick(item.step.why, locale)}
                    {item.step.source ? (
                      <span className="block text-xs text-slate-600">
                        {t("source")}
                        {punctuation(locale).colon}
                        {pick(item.step.source, locale)}
                      </span>
                    ) : null}
                  </p>
                ) : null}
                <TelLinks tel={item.tel} locale={locale} />
              </li>
            ) : null,
          )}
        </ol>
      ) : null}
      {items.length === 0 ? <p>{t("doNowNothing", { days: URGENT_DAYS })}</p> : null}
      {info.length > 0 ? (
        <ul className="space-y-2 border-t border-sky-200 pt-3 text-sm text-slate-700">
          {info.map((item) => (
            <li key={`${item.type}:${item.deadline.ruleId}`} data-testid="do-now-info" data-kind={item.type}>
              {item.type === "lapsed" ? (
                <>
                  <p className="font-medium">{t("lapsedBefore", { label: pick(item.deadline.rule.label, locale) })}</p>
                  {item.deadline.nextStep ? (
                    <p>
                      <strong>{t("lapsedInstead")}</strong>
                      {sep}
                      {pick(item.deadline.nextStep, locale)}
                    </p>
                  ) : null}
                </>
              ) : item.type === "waiting" ? (
                <p>
                  {t("waiting", { label: pick(item.deadline.rule.label, locale) })}
                  {locale === "en" ? ". " : "。"}
                  {dueSentence(t, item.deadline, when, "dueAt")}
                </p>
              ) : (
                <p>
                  {t("nextLater", { label: pick(item.deadline.rule.label, locale) })}{" "}
                  <time dateTime={item.deadline.latest.toISOString()}>{when(item.deadline.latest)}</time>
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
