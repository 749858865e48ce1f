import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WhatHappened } from "@/components/first-aid/what-happened";

// The home page body, the same whether rendered per request or prerendered per language. It
// opens with "what happened?": someone in trouble gets first aid in one tap, no account.
export async function Welcome() {
  const t = await getTranslations("home");
  return (
    <div className="space-y-8">
      <WhatHappened />
      <section className="space-y-6">
        <h1 className="text-2xl font-bold leading-tight">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("lead")}</p>
        <ul className="list-disc space-y-1 pl-6 text-slate-700">
          <li>{t("point1")}</li>
          <li>{t("point2")}</li>
          <li>{t("point3")}</li>
        </ul>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
            {t("start")}
          </Link>
          <Link
            href="/calculator"
            className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
          >
            {t("calculator")}
          </Link>
        </div>
      </section>
    </div>
  );
}
