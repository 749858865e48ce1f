"use client";

import { useTranslations } from "next-intl";

/**
 * What a page shows when it throws. Each document layout's segment has an error.tsx that
 * re-exports this: an error.tsx at the app root would sit outside every document (see
 * app/layout.tsx), without <html> or translations.
 */
export function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <section role="alert" className="space-y-4">
      <h1 className="text-2xl font-bold">{t("genericError")}</h1>
      <button type="button" onClick={reset} className="rounded-md bg-sky-700 px-4 py-2 text-white">
        {t("tryAgain")}
      </button>
    </section>
  );
}
