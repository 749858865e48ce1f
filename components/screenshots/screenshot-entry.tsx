"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PaymentValues } from "@/components/cases/case-fields";
import type { WithDraft } from "@/components/cases/wizard-bill-step";
import { type KeepScreenshot, ScreenshotPayment } from "./screenshot-payment";

/** The version a kept payment moved the case to, for the caller's next write. */
async function versionOf(response: Response): Promise<number | undefined> {
  if (response.status !== 201) return undefined;
  const body = (await response.clone().json()) as { version?: unknown };
  return Number(body.version);
}

function Toggle({ children }: { children: React.ReactNode }) {
  const t = useTranslations("screenshots");
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-3">
      <button
        type="button"
        aria-expanded={open}
        className="rounded-md border border-sky-700 px-3 py-1.5 text-sky-800"
        onClick={() => setOpen((value) => !value)}
      >
        {t("open")}
      </button>
      {open ? children : null}
    </div>
  );
}

/** The case page's "从截图识别": the payment goes onto the open case; the page then reloads its data. */
export function CaseScreenshotPayment({
  caseId,
  version,
  zoneLabel,
}: {
  caseId: string;
  version: number;
  zoneLabel: string;
}) {
  const router = useRouter();
  const keep: KeepScreenshot = (send) => send(`/api/cases/${encodeURIComponent(caseId)}/screenshot-payment`, version);
  return (
    <Toggle>
      <ScreenshotPayment keep={keep} onKept={() => router.refresh()} zoneLabel={zoneLabel} />
    </Toggle>
  );
}

/** The wizard's payments step: the payment joins the draft's rows, queued with the draft's saves. */
export function WizardScreenshotPayment({
  withDraft,
  setPayments,
  zoneLabel,
}: {
  withDraft: WithDraft;
  setPayments: (payments: PaymentValues[]) => void;
  zoneLabel: string;
}) {
  const keep: KeepScreenshot = (send) =>
    withDraft(async (draft) => {
      const response = await send(`/api/cases/${encodeURIComponent(draft.id)}/screenshot-payment`, draft.version);
      const version = await versionOf(response);
      return { value: response, ...(version ? { version } : {}) };
    });
  return (
    <Toggle>
      <ScreenshotPayment
        keep={keep}
        onKept={(body) => {
          if (Array.isArray(body.draftPayments)) setPayments(body.draftPayments as PaymentValues[]);
        }}
        zoneLabel={zoneLabel}
      />
    </Toggle>
  );
}
