import { getLocale, getTranslations } from "next-intl/server";
import { whenText } from "@/components/cases/format";
import { formatFen } from "@/lib/cases/money";
import { wallTimeToInstant } from "@/lib/cases/zoned-time";
import { type FirstAidAnswers, FIRST_AID_TIME_ZONE } from "@/lib/first-aid/answers";

/** On sign-up: the first-aid answers that will open the case, so the person sees nothing is lost. */
export async function CarriedAnswers({ answers }: { answers: FirstAidAnswers }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const at = wallTimeToInstant(answers.at, FIRST_AID_TIME_ZONE);
  const kind = t(`cases.kinds.${answers.kind}`);
  const platform = t(`cases.platforms.${answers.platform}`);
  const when = at ? whenText(at, locale, FIRST_AID_TIME_ZONE) : answers.at;
  return (
    <div role="note" className="space-y-1 rounded-lg border border-sky-700 bg-sky-50 p-3" data-testid="carried-answers">
      <p className="text-sm">{t("firstAid.carried")}</p>
      <p className="font-medium">
        {answers.amount === undefined
          ? t("firstAid.answersNoAmount", { kind, platform, at: when })
          : t("firstAid.answers", { kind, platform, amount: formatFen(answers.amount, locale), at: when })}
      </p>
    </div>
  );
}
