import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CaseWizard } from "@/components/cases/case-wizard";
import { zoneLabel } from "@/components/cases/format";
import { requireUser } from "@/lib/auth";
import { discardDraftAction, openCaseAction, saveDraftAction } from "../actions";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("newTitle") };
}

export default async function NewCasePage() {
  const user = await requireUser();
  const t = await getTranslations();
  const timeZone = user.timeZone;
  return (
    <ClientMessages
      namespaces={[
        "errors",
        "bills.import.too_many",
        "export.tooManyExports",
        "bills.ui",
        "cases",
        "evidence.errors",
        "screenshots",
        "wizard",
        "workspace.state",
        "workspace.transition",
      ]}
    >
      <section className="mx-auto max-w-3xl space-y-6">
        <h1 className="text-2xl font-bold">{t("cases.newTitle")}</h1>
        <p className="text-slate-600">{t("cases.newLead")}</p>
        <CaseWizard
          saveDraft={saveDraftAction}
          openCase={openCaseAction}
          discardDraft={discardDraftAction}
          timeZone={timeZone}
          zoneLabel={zoneLabel(timeZone, t("wizard.zoneBeijing"))}
        />
      </section>
    </ClientMessages>
  );
}
