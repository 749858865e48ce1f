import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FIRST_AID_SLUGS, FIRST_AID_SLUG_LIST, callsFirst } from "@/lib/first-aid/answers";

/** The home page's first question: one tap per kind, straight to first aid, no account. */
export async function WhatHappened() {
  const t = await getTranslations("firstAid");
  return (
    <section aria-labelledby="what-happened" className="space-y-3">
      <h2 id="what-happened" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p className="text-slate-700">{t("lead")}</p>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {FIRST_AID_SLUG_LIST.map((slug) => {
          const kind = FIRST_AID_SLUGS[slug];
          const urgent = callsFirst(kind);
          return (
            <li key={slug}>
              <Link
                href={`/first-aid/${slug}`}
                className={`flex min-h-14 items-center justify-center rounded-lg border-2 px-3 py-2 text-center font-bold ${
                  urgent
                    ? "border-red-700 bg-red-50 text-red-900 hover:bg-red-100"
                    : "border-sky-700 bg-white text-sky-900 hover:bg-sky-50"
                }`}
              >
                {t(`kinds.${kind}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
