import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewCaseForm } from "@/components/cases/new-case-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("newTitle") };
}

export default async function NewCasePage() {
  const t = await getTranslations("cases");
  return (
    <section className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="text-slate-600">{t("newLead")}</p>
      <NewCaseForm />
    </section>
  );
}
