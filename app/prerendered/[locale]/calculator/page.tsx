import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CalculatorIntro } from "@/components/calculator/calculator-intro";
import { CountForm, KindForm } from "@/components/calculator/forms";
import { prerenderedLocale } from "@/lib/i18n/prerendered-locale";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await prerenderedLocale(params);
  return { title: (await getTranslations("calculator"))("title") };
}

// The empty forms only: with a query the calculator is rendered per request (app/calculator).
// No `at` value here, so the time fields take Beijing "now" in the browser, not at build time.
export default async function PrerenderedCalculatorPage({ params }: Params) {
  await prerenderedLocale(params);
  return (
    <div className="space-y-8">
      <CalculatorIntro />
      <KindForm values={{}} errors={{}} />
      <hr className="border-slate-200" />
      <CountForm values={{}} errors={{}} />
    </div>
  );
}
