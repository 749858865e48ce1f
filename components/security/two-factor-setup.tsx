"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TwoFactorCodeInput } from "@/lib/auth/schema";
import type { ActionResult } from "@/lib/forms/action-result";
import { TwoFactorForm } from "@/components/auth/two-factor-form";
import { primaryButtonClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/text-field";
import type { MessageKey } from "@/lib/i18n/translator";

type Props = {
  enabled: boolean;
  recoveryCodesLeft: number;
  start: () => Promise<ActionResult<{ qrSvg: string; secret: string }>>;
  confirm: (input: TwoFactorCodeInput) => Promise<ActionResult<{ recoveryCodes: string[] }>>;
  turnOff: (input: TwoFactorCodeInput) => Promise<ActionResult<null>>;
};

/** Off → scan the QR code → confirm with a code → the ten recovery codes, shown once. */
export function TwoFactorSetup({ enabled, recoveryCodesLeft, start, confirm, turnOff }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<{ qrSvg: string; secret: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);

  if (codes) {
    return (
      <div className="space-y-3">
        <p role="status" className="font-medium text-green-800">
          {t("security.twoFactorOn")}
        </p>
        <p>{t("security.recoveryCodesLead")}</p>
        <ul aria-label={t("security.recoveryCodes")} className="grid grid-cols-2 gap-2 font-mono">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <button type="button" className={primaryButtonClass} onClick={() => router.refresh()}>
          {t("security.recoveryCodesSaved")}
        </button>
      </div>
    );
  }

  if (enabled) {
    return (
      <div className="space-y-3">
        <p>{t("security.twoFactorEnabled", { count: recoveryCodesLeft })}</p>
        <details>
          <summary className="cursor-pointer">{t("security.turnOffTwoFactor")}</summary>
          <TwoFactorForm submit={turnOff} next="/settings/security" />
        </details>
      </div>
    );
  }

  if (enrolment) {
    return (
      <div className="space-y-3">
        <p>{t("security.scanQr")}</p>
        {/* An SVG generated on the server from our own otpauth URI: markup, no script. */}
        <div
          role="img"
          aria-label={t("security.qrLabel")}
          className="h-48 w-48"
          dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
        />
        <p className="text-sm text-slate-600">
          {t("security.manualKey")} <code className="break-all">{enrolment.secret}</code>
        </p>
        <TwoFactorConfirm confirm={confirm} onDone={setCodes} />
      </div>
    );
  }

  return (
    <div className="space-y-3">
      <p>{t("security.twoFactorLead")}</p>
      <FormError message={error && t(error)} />
      <button
        type="button"
        className={primaryButtonClass}
        onClick={async () => {
          const result = await start();
          if (result.ok) setEnrolment(result.data);
          else setError(result.code);
        }}
      >
        {t("security.turnOnTwoFactor")}
      </button>
    </div>
  );
}

function TwoFactorConfirm({ confirm, onDone }: { confirm: Props["confirm"]; onDone: (codes: string[]) => void }) {
  // Reuses the code form: the recovery codes go up as soon as the action returns them,
  // and the form's own success step has nothing left to do.
  const submit = async (input: TwoFactorCodeInput) => {
    const result = await confirm(input);
    if (result.ok) onDone(result.data.recoveryCodes);
    return result;
  };
  return <TwoFactorForm submit={submit} onSuccess={() => undefined} />;
}
