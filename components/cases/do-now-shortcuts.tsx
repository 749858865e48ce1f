import { getTranslations } from "next-intl/server";

/**
 * Right under "现在就做": one tap to what it asks for that is not already in view. The event form
 * follows it on the page, and a restricted account's self-check is moved up beside it; the
 * evidence slots sit below the deadlines, screens away on a phone, so they get an anchor.
 */
export async function DoNowShortcuts() {
  const t = await getTranslations("workspace");
  return (
    <nav aria-label={t("shortcuts")} className="flex flex-wrap gap-2 text-sm">
      <a
        href="#evidence-heading"
        className="rounded-full border border-sky-700 bg-white px-3 py-1.5 font-medium text-sky-800 hover:bg-sky-50"
      >
        {t("jumpToEvidence")}
      </a>
    </nav>
  );
}
