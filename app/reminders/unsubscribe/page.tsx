import { getTranslations } from "next-intl/server";
import { UnsubscribeConfirm } from "@/components/reminders/unsubscribe-confirm";
import { unsubscribeAction } from "./actions";
import { ClientMessages } from "@/components/layout/client-messages";

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ t?: string | string[] }> }) {
  const t = await getTranslations("unsubscribe");
  const raw = (await searchParams).t;
  const token = typeof raw === "string" ? raw : "";
  return (
    <ClientMessages namespaces={["errors", "export.tooManyExports", "unsubscribe"]}>
      <section className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {token ? <UnsubscribeConfirm token={token} action={unsubscribeAction} /> : <p>{t("invalid")}</p>}
      </section>
    </ClientMessages>
  );
}
