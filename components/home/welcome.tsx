import Link from "next/link";
import { getTranslations } from "next-intl/server";

// The home page body, the same whether rendered per request or prerendered per language.
export async function Welcome() {
  const t = await getTranslations("home");
  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-bold leading-tight">{t("title")}</h1>
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
  );
}
