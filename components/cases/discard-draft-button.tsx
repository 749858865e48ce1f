"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** "Discard draft", asked twice: it deletes what the wizard gathered, the uploaded bill included. */
export function DiscardDraftButton({ discard }: { discard: () => Promise<void> }) {
  const t = useTranslations("wizard");
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="px-2 py-2 text-sm text-red-700 underline" onClick={() => setAsking(true)}>
        {t("discard")}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label={t("discard")}
      className="w-full space-y-2 rounded-md border border-red-200 bg-red-50 p-3"
    >
      <p className="text-sm text-red-900">{t("discardConfirm")}</p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          disabled={busy}
          className="rounded-md bg-red-700 px-4 py-2 text-white disabled:opacity-60"
          onClick={() => {
            setBusy(true);
            void discard().finally(() => setBusy(false));
          }}
        >
          {t("discardYes")}
        </button>
        <button type="button" className="rounded-md border border-slate-300 px-4 py-2" onClick={() => setAsking(false)}>
          {t("discardNo")}
        </button>
      </div>
    </div>
  );
}
