import { getTranslations } from "next-intl/server";

export async function CalculatorIntro() {
  const t = await getTranslations("calculator");
  return (
    <header className="space-y-2">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-600">{t("lead")}</p>
    </header>
  );
}
