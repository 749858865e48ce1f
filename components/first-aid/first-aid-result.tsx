import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeadlineCard } from "@/components/calculator/deadline-card";
import { DoThisNow } from "@/components/cases/do-this-now";
import { primaryButtonClass } from "@/components/ui/field";
import {
  type FirstAidAnswers,
  FIRST_AID_TIME_ZONE,
  carriedAnswers,
  firstAidPath,
  firstAidQuery,
} from "@/lib/first-aid/answers";
import { firstAidDeadlines } from "@/lib/first-aid/deadlines";
import type { MessageKey } from "@/lib/i18n/translator";

/**
 * "现在就做" and the deadlines for answers not yet saved, from the same function a case uses,
 * then "保存为案件": one tap when signed in; otherwise sign-up or sign-in carry the answers.
 */
export async function FirstAidResult({
  answers,
  now,
  save,
  refusal = null,
}: {
  answers: FirstAidAnswers;
  now: Date;
  /** Signed in: the server action that opens the case. Signed out: null. */
  save: ((formData: FormData) => Promise<void>) | null;
  /** A save just refused (the hourly case quota): its message, above the button. */
  refusal?: MessageKey | null;
}) {
  const t = await getTranslations("firstAid");
  const tAll = await getTranslations();
  const { deadlines, guidance } = firstAidDeadlines(answers, now);
  const shown = deadlines.filter((d) => d.status !== "not_applicable");
  const here = `${firstAidPath(answers.kind)}?${firstAidQuery(answers)}`;
  return (
    <div className="space-y-6">
      <DoThisNow items={guidance} now={now} timeZone={FIRST_AID_TIME_ZONE} />
      <section aria-labelledby="fa-save" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="fa-save" className="text-lg font-bold">
          {t("save")}
        </h2>
        <p className="text-sm text-slate-700">{t("saveLead")}</p>
        {refusal ? (
          <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            {tAll(refusal)}
          </p>
        ) : null}
        {save ? (
          <form action={save}>
            <input type="hidden" name="answers" value={carriedAnswers(answers)} />
            <button type="submit" className={primaryButtonClass}>
              {t("save")}
            </button>
          </form>
        ) : (
          <div className="flex flex-wrap gap-3">
            <Link
              href={`/sign-up?${new URLSearchParams({ answers: carriedAnswers(answers) })}`}
              className={primaryButtonClass}
            >
              {t("saveSignUp")}
            </Link>
            <Link
              href={`/sign-in?${new URLSearchParams({ callbackUrl: here })}`}
              className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
            >
              {t("saveSignIn")}
            </Link>
          </div>
        )}
      </section>
      <section aria-labelledby="fa-deadlines" className="space-y-3">
        <h2 id="fa-deadlines" className="text-lg font-bold">
          {t("deadlines")}
        </h2>
        <p className="text-sm text-slate-600">{t("deadlinesLead")}</p>
        <ul className="space-y-3">
          {shown.map((deadline) => (
            <DeadlineCard key={deadline.ruleId} deadline={deadline} />
          ))}
        </ul>
      </section>
    </div>
  );
}
