import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm, DeleteAccountForm, SignOutEverywhereForm } from "@/components/security/account-forms";
import { TwoFactorSetup } from "@/components/security/two-factor-setup";
import { primaryButtonClass } from "@/components/ui/field";
import { requireUser, twoFactorStatus } from "@/lib/auth";
import {
  confirmTwoFactor,
  removeAccount,
  signOutEverywhere,
  startTwoFactor,
  turnOffTwoFactor,
  updatePassword,
} from "./actions";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("title") };
}

export default async function SecurityPage() {
  const user = await requireUser();
  const t = await getTranslations("security");
  const tData = await getTranslations("myData");
  const status = await twoFactorStatus(user.id);
  const section = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";
  return (
    <ClientMessages
      namespaces={[
        "errors",
        "export.tooManyExports",
        "security",
        "auth.passwordHint",
        "auth.twoFactorCode",
        "auth.twoFactorCodeHint",
        "auth.twoFactorSubmit",
      ]}
    >
      <div className="mx-auto max-w-xl space-y-6">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <section className={section} aria-labelledby="two-factor-title">
          <h2 id="two-factor-title" className="text-lg font-semibold">
            {t("twoFactorTitle")}
          </h2>
          <TwoFactorSetup
            enabled={status.enabled}
            recoveryCodesLeft={status.recoveryCodesLeft}
            start={startTwoFactor}
            confirm={confirmTwoFactor}
            turnOff={turnOffTwoFactor}
          />
        </section>
        <section className={section} aria-labelledby="password-title">
          <h2 id="password-title" className="text-lg font-semibold">
            {t("passwordTitle")}
          </h2>
          <ChangePasswordForm submit={updatePassword} />
        </section>
        <section className={section} aria-labelledby="sessions-title">
          <h2 id="sessions-title" className="text-lg font-semibold">
            {t("sessionsTitle")}
          </h2>
          <p className="text-sm text-slate-600">{t("sessionsLead")}</p>
          <SignOutEverywhereForm submit={signOutEverywhere} />
        </section>
        <section className={section} aria-labelledby="my-data-title">
          <h2 id="my-data-title" className="text-lg font-semibold">
            {tData("title")}
          </h2>
          <p className="text-sm text-slate-600">{tData("lead")}</p>
          {/* A plain link: a download, not a navigation Next should prefetch. */}
          <a href="/api/me/export" download className={`inline-block ${primaryButtonClass}`}>
            {tData("download")}
          </a>
        </section>
        <section className={section} aria-labelledby="delete-title">
          <h2 id="delete-title" className="text-lg font-semibold text-red-800">
            {t("deleteTitle")}
          </h2>
          <p className="text-sm text-slate-600">{t("deleteLead")}</p>
          <p className="text-sm text-slate-600">{tData("deleteKept")}</p>
          <DeleteAccountForm submit={removeAccount} />
        </section>
      </div>
    </ClientMessages>
  );
}
