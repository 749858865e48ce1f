import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { TwoFactorForm } from "@/components/auth/two-factor-form";
import { currentSession } from "@/lib/auth";
import { submitTwoFactorCode } from "../../actions";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("twoFactorTitle") };
}

export default async function TwoFactorPage() {
  const session = await currentSession();
  if (!session) redirect("/sign-in");
  if (!session.twoFactorPending) redirect("/dashboard");
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["errors", "export.tooManyExports", "auth"]}>
      <section className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-bold">{t("twoFactorTitle")}</h1>
        <p>{t("twoFactorLead")}</p>
        <TwoFactorForm submit={submitTwoFactorCode} />
        <SignOutButton label={(await getTranslations("nav"))("signOut")} />
      </section>
    </ClientMessages>
  );
}
