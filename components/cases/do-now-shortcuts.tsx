import { getTranslations } from "next-intl/server";

const chip =
  "rounded-full border border-sky-700 bg-white px-3 py-1.5 font-medium text-sky-800 hover:bg-sky-50 focus-visible:outline-2";

/**
 * Right under "现在就做": one tap to each place it sends the person. On a phone the list above can
 * fill the screen, so the self-check (a restricted account's first step), the event form (where
 * a step done is recorded) and the evidence slots (screens below) each get an anchor.
 */
export async function DoNowShortcuts({ selfCheck }: { selfCheck: boolean }) {
  const t = await getTranslations("workspace");
  return (
    <nav aria-label={t("shortcuts")} className="flex flex-wrap gap-2 text-sm">
      {selfCheck ? (
        <a href="#self-check" className={chip}>
          {t("jumpToSelfCheck")}
        </a>
      ) : null}
      <a href="#record" className={chip}>
        {t("jumpToRecord")}
      </a>
      <a href="#evidence-heading" className={chip}>
        {t("jumpToEvidence")}
      </a>
    </nav>
  );
}
