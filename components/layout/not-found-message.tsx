import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function NotFoundMessage() {
  const t = await getTranslations("common");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <Link href="/" className="text-sky-700 underline">
        {t("home")}
      </Link>
    </section>
  );
}
